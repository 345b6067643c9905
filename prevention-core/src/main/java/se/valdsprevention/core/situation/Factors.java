package se.valdsprevention.core.situation;

import se.valdsprevention.core.validation.Violations;

/** The checks risk and protective factors share. */
final class Factors {

    private Factors() {}

    static void check(SocioEcologicalLevel level, String description) {
        var v = new Violations();
        v.requireNonNull(level, "level");
        v.requireText(description, "description", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
