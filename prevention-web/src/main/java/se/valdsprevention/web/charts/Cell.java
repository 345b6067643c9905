package se.valdsprevention.web.charts;

/** One value's place in a category dataset: its series (row) and category (column) keys. */
record Cell(Comparable<?> row, Comparable<?> column) {}
