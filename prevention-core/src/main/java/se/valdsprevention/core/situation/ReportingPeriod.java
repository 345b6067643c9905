package se.valdsprevention.core.situation;

import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/** A period of dates, start and end inclusive, that figures or plans cover. */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    public ReportingPeriod {
        var v = new Violations();
        v.requireNonNull(start, "start");
        if (v.requireNonNull(end, "end") && start != null) {
            v.require(!end.isBefore(start), "end", "får inte ligga före startdatumet " + start);
        }
        v.throwIfAny();
    }

    /** The calendar year {@code year}. */
    public static ReportingPeriod ofYear(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether this period ends before {@code other} starts. */
    public boolean precedes(ReportingPeriod other) {
        return end.isBefore(other.start);
    }

    /** Whether {@code other} lies entirely within this period. */
    public boolean encloses(ReportingPeriod other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
