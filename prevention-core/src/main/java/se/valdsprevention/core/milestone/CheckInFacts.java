package se.valdsprevention.core.milestone;

import se.valdsprevention.core.team.AttendanceRates.Tally;
import se.valdsprevention.core.validation.Violations;

/**
 * The monthly check-ins of the six months up to the facts' date: how many the cadence planned, how many of them
 * were held, and the team's attendance at those held (all members' tallies summed; empty when none was held).
 */
public record CheckInFacts(int planned, int held, Tally attendance) {

    public CheckInFacts {
        var v = new Violations();
        v.requireNonNegative(planned, "planned");
        v.requireNonNegative(held, "held");
        v.require(held <= planned, "held", "får inte vara fler än de planerade avstämningarna (" + planned + ")");
        if (v.requireNonNull(attendance, "attendance")) {
            v.require(
                    held > 0 || attendance.expected() == 0,
                    "attendance",
                    "kan inte ha förväntad närvaro när ingen avstämning hölls");
        }
        v.throwIfAny();
    }

    /** No check-in planned or held. */
    public static CheckInFacts none() {
        return new CheckInFacts(0, 0, new Tally(0, 0, 0));
    }
}
