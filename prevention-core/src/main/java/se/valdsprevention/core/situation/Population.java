package se.valdsprevention.core.situation;

import se.valdsprevention.core.validation.Violations;

/**
 * The number of inhabitants a rate per 100 000 is computed on, for women, men and in total; null where it is not
 * known. From Kolada or the county's configuration. The total is women plus men when only those are given.
 */
public record Population(Long women, Long men, Long total) {

    public Population {
        if (total == null && women != null && men != null) {
            total = women + men;
        }
        var v = new Violations();
        requireNonNegative(v, women, "women");
        requireNonNegative(v, men, "men");
        requireNonNegative(v, total, "total");
        v.throwIfAny();
    }

    /** A population of women and men; the total is their sum. */
    public static Population of(long women, long men) {
        return new Population(women, men, null);
    }

    /** No population is known: every rate that is not zero is withheld. */
    public static Population unknown() {
        return new Population(null, null, null);
    }

    private static void requireNonNegative(Violations v, Long value, String path) {
        if (value != null) {
            v.require(value >= 0, path, "får inte vara negativt");
        }
    }
}
