package se.valdsprevention.core.plan;

import se.valdsprevention.core.validation.Violations;

/** Production follow-up (produktionsuppföljning) of one activity: was it done? */
public record ProductionFollowUp(String activityId, ActivityStatus status, String comment) {

    public ProductionFollowUp {
        comment = Violations.blankToNull(comment);
        var v = new Violations();
        v.requireId(activityId, "activityId");
        v.requireNonNull(status, "status");
        v.optionalText(comment, "comment", Violations.TEXT_MAX);
        if (status == ActivityStatus.CANCELLED) {
            v.require(comment != null, "comment", "måste ange varför aktiviteten ställdes in");
        }
        v.throwIfAny();
    }
}
