package se.valdsprevention.web.overview;

import java.util.ArrayList;
import java.util.List;

/**
 * The county overview's query parameters as the server accepts them: {@code sortera} (a column), {@code ordning}
 * ({@code stigande} or {@code fallande}) and {@code status}. A value that is none of these is a problem, named in
 * Swedish, and the default is used instead; a missing value is the default.
 */
record OverviewQuery(OverviewColumn column, boolean descending, OverviewStatus status, List<String> problems) {

    static final String ASCENDING = "stigande";
    static final String DESCENDING = "fallande";
    static final int SHOWN_MAX = 40;

    OverviewQuery {
        problems = List.copyOf(problems);
    }

    static OverviewQuery of(String sort, String order, String status) {
        List<String> problems = new ArrayList<>();
        OverviewColumn column = OverviewColumn.MUNICIPALITY;
        if (given(sort)) {
            column = OverviewColumn.ofParameter(sort).orElse(null);
            if (column == null) {
                problems.add("Det går inte att sortera efter ”" + shown(sort) + "”. Välj en av: "
                        + OverviewColumn.parameters() + ".");
                column = OverviewColumn.MUNICIPALITY;
            }
        }
        boolean descending = false;
        if (given(order)) {
            if (order.equals(DESCENDING)) {
                descending = true;
            } else if (!order.equals(ASCENDING)) {
                problems.add("Ordningen ”" + shown(order) + "” finns inte. Välj " + ASCENDING + " eller " + DESCENDING
                        + ".");
            }
        }
        OverviewStatus filter = OverviewStatus.ALL;
        if (given(status)) {
            filter = OverviewStatus.ofParameter(status).orElse(null);
            if (filter == null) {
                problems.add("Statusen ”" + shown(status) + "” finns inte. Välj en av: " + OverviewStatus.parameters()
                        + ".");
                filter = OverviewStatus.ALL;
            }
        }
        return new OverviewQuery(column, descending, filter, problems);
    }

    /** The address of the overview sorted by {@code sortBy}: the other order when it is already sorted by it. */
    String sortedBy(OverviewColumn sortBy) {
        boolean nextDescending = sortBy == column && !descending;
        return "/lan?sortera=" + sortBy.parameter() + "&ordning=" + (nextDescending ? DESCENDING : ASCENDING)
                + "&status=" + status.parameter();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String shown(String value) {
        String stripped = value.strip();
        return stripped.length() <= SHOWN_MAX ? stripped : stripped.substring(0, SHOWN_MAX) + "…";
    }
}
