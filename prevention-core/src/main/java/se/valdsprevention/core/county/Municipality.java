package se.valdsprevention.core.county;

import se.valdsprevention.core.validation.Violations;

/** A municipality (kommun) with its 4-digit code and its population of women and men. */
public record Municipality(String code, String name, long populationWomen, long populationMen) {

    public Municipality {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, code, "code");
        v.requireText(name, "name", Violations.NAME_MAX);
        v.requireNonNegative(populationWomen, "populationWomen");
        v.requireNonNegative(populationMen, "populationMen");
        v.throwIfAny();
    }

    public long populationTotal() {
        return populationWomen + populationMen;
    }
}
