package se.valdsprevention.web.charts;

/**
 * A dataset key shown by its label but told apart by its id, so that two indicators (or series) with the same
 * name stay two.
 */
record Category(String id, String label) implements Comparable<Category> {

    @Override
    public int compareTo(Category other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
