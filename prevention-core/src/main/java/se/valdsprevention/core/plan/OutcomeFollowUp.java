package se.valdsprevention.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/** Outcome follow-up (resultatuppföljning) of one goal: the indicator's value measured on a date. */
public record OutcomeFollowUp(String goalId, BigDecimal measuredValue, LocalDate measuredAt, String comment) {

    public OutcomeFollowUp {
        comment = Violations.blankToNull(comment);
        var v = new Violations();
        v.requireId(goalId, "goalId");
        v.requireNonNull(measuredValue, "measuredValue");
        v.requireNonNull(measuredAt, "measuredAt");
        v.optionalText(comment, "comment", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
