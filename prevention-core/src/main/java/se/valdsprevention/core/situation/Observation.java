package se.valdsprevention.core.situation;

import se.valdsprevention.core.validation.Violations;

/** A finding in words (for example from the police's local picture or a school survey) and where it comes from. */
public record Observation(String finding, String source) {

    public Observation {
        source = Violations.blankToNull(source);
        var v = new Violations();
        v.requireText(finding, "finding", Violations.TEXT_MAX);
        v.optionalText(source, "source", Violations.NAME_MAX);
        v.throwIfAny();
    }
}
