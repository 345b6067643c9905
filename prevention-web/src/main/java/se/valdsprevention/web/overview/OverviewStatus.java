package se.valdsprevention.web.overview;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** The status filter of the county overview ({@code ?status=stillastaende}). */
enum OverviewStatus {
    ALL("alla", "Alla kommuner", row -> true),
    STALLED("stillastaende", "Arbetet står still", OverviewRow::stalled),
    PROGRESSING("pagaende", "Arbetet går framåt", row -> row.hasCycle() && !row.stalled()),
    NO_CYCLE("utan-cykel", "Ingen pågående cykel", row -> !row.hasCycle());

    private final String parameter;
    private final String label;
    private final Predicate<OverviewRow> test;

    OverviewStatus(String parameter, String label, Predicate<OverviewRow> test) {
        this.parameter = parameter;
        this.label = label;
        this.test = test;
    }

    String parameter() {
        return parameter;
    }

    String label() {
        return label;
    }

    boolean includes(OverviewRow row) {
        return test.test(row);
    }

    static Optional<OverviewStatus> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(status -> status.parameter.equals(parameter))
                .findFirst();
    }

    static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.parameter).toList());
    }
}
