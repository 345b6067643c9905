package se.valdsprevention.core.decision;

import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/** What came of an approved decision: how the mandate was used, the resources spent and the effect seen. */
public record FollowUpOutcome(LocalDate followedUpAt, String mandateUsed, Resources resourcesSpent, String effect) {

    public FollowUpOutcome {
        var v = new Violations();
        v.requireNonNull(followedUpAt, "followedUpAt");
        v.requireText(mandateUsed, "mandateUsed", Violations.TEXT_MAX);
        v.requireNonNull(resourcesSpent, "resourcesSpent");
        v.requireText(effect, "effect", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
