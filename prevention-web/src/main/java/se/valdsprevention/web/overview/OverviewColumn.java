package se.valdsprevention.web.overview;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the county overview, each sortable by its query value ({@code ?sortera=dagar}).
 */
enum OverviewColumn {
    MUNICIPALITY("kommun", "Kommun", false, OverviewRow::name),
    CYCLE("cykel", "Cykel", false, OverviewRow::cycleLabel),
    STEP("steg", "Steg och uppgift", true, OverviewRow::step),
    DAYS_IN_STEP("dagar", "Dagar i steget", true, OverviewRow::daysInStep),
    STALLED("stillastaende", "Står still", false, OverviewRow::stalled),
    OPEN_DECISIONS("beslut", "Öppna beslut", true, OverviewRow::openDecisions),
    OLDEST_DECISION("aldsta-beslut", "Äldsta öppna beslut (dagar)", true, OverviewRow::oldestDecisionDays),
    LAST_CHECK_IN("avstamning", "Senaste avstämning", false, OverviewRow::lastCheckIn),
    ATTENDANCE("narvaro", "Närvaro (senaste 6)", true, OverviewRow::attendanceRate),
    OVERDUE_ACTIONS("forsenade", "Försenade åtgärder", true, OverviewRow::overdueActions),
    LEFT("slutat", "Slutat senaste 12 mån", true, OverviewRow::leftLastYear),
    REPLACEMENTS("ersattare", "Ersättare under introduktion", true, OverviewRow::replacementsWaiting),
    MILESTONES("milstolpar", "Milstolpar (av 36)", true, OverviewRow::milestoneTotal);

    private final String parameter;
    private final String label;
    private final boolean numeric;
    private final Function<OverviewRow, ? extends Comparable<?>> key;

    OverviewColumn(
            String parameter, String label, boolean numeric, Function<OverviewRow, ? extends Comparable<?>> key) {
        this.parameter = parameter;
        this.label = label;
        this.numeric = numeric;
        this.key = key;
    }

    String parameter() {
        return parameter;
    }

    String label() {
        return label;
    }

    boolean numeric() {
        return numeric;
    }

    /** Rows in this column's order; rows without a value come last either way, ties by municipality name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<OverviewRow> order(boolean descending) {
        Comparator natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<OverviewRow> byColumn = Comparator.comparing((Function) key, Comparator.nullsLast(natural));
        return byColumn.thenComparing(OverviewRow::name).thenComparing(OverviewRow::code);
    }

    static Optional<OverviewColumn> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(column -> column.parameter.equals(parameter))
                .findFirst();
    }

    static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.parameter).toList());
    }
}
