package se.valdsprevention.workflows.county;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.validation.Errors;

/**
 * The rhythm of the IAVP cycle ({@code prevention.county.cycle.*}): how often the county checks in
 * with each coordinator, and after how long without progress a step counts as stalled.
 */
public class CycleProperties {

    /** Time between check-ins (månadsavstämningar) with each municipality (ISO-8601, e.g. P1M). */
    @NotNull(message = "must be set, for example P1M")
    private Period checkInCadence = Period.ofMonths(1);

    /** A step with no completed task for this long gives the county officer a task (e.g. P6W). */
    @NotNull(message = "must be set, for example P6W")
    private Period stallAfter = Period.ofWeeks(6);

    void validate(Errors errors) {
        if (checkInCadence != null && (checkInCadence.isZero() || checkInCadence.isNegative())) {
            errors.rejectValue("cycle.checkInCadence", "positive", "must be longer than zero, for example P1M");
        }
        if (stallAfter != null && (stallAfter.isZero() || stallAfter.isNegative())) {
            errors.rejectValue("cycle.stallAfter", "positive", "must be longer than zero, for example P6W");
        }
    }

    public Period getCheckInCadence() {
        return checkInCadence;
    }

    public void setCheckInCadence(Period checkInCadence) {
        this.checkInCadence = checkInCadence;
    }

    public Period getStallAfter() {
        return stallAfter;
    }

    public void setStallAfter(Period stallAfter) {
        this.stallAfter = stallAfter;
    }
}
