package se.valdsprevention.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/**
 * A measurable goal (mål): the indicator it is measured by, its value at the start (baseline), the value to reach
 * (target, above or below the baseline) and by when.
 */
public record Goal(
        String id, String description, String indicatorId, BigDecimal baseline, BigDecimal target, LocalDate deadline) {

    public Goal {
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(description, "description", Violations.TEXT_MAX);
        v.requireId(indicatorId, "indicatorId");
        v.requireNonNull(baseline, "baseline");
        if (v.requireNonNull(target, "target") && baseline != null) {
            v.require(target.compareTo(baseline) != 0, "target", "måste skilja sig från utgångsvärdet " + baseline);
        }
        v.requireNonNull(deadline, "deadline");
        v.throwIfAny();
    }

    /** Whether the goal is reached by going down: the target is below the baseline. */
    public boolean decreasing() {
        return target.compareTo(baseline) < 0;
    }
}
