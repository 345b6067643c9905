package se.valdsprevention.core.plan;

import se.valdsprevention.core.validation.Violations;

/** The programme theory of an activity: why it is needed, how it works and the outcomes expected. All required. */
public record ProgrammeTheory(String why, String how, String shortTermOutcomes, String longTermOutcomes) {

    public ProgrammeTheory {
        var v = new Violations();
        v.requireText(why, "why", Violations.TEXT_MAX);
        v.requireText(how, "how", Violations.TEXT_MAX);
        v.requireText(shortTermOutcomes, "shortTermOutcomes", Violations.TEXT_MAX);
        v.requireText(longTermOutcomes, "longTermOutcomes", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
