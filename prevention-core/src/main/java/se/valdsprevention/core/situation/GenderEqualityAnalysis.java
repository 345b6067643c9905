package se.valdsprevention.core.situation;

import se.valdsprevention.core.validation.Violations;

/** The gender-equality analysis (jämställdhetsanalys) of a situation picture; the summary is required. */
public record GenderEqualityAnalysis(String summary, String differencesBetweenWomenAndMen, String consequences) {

    public GenderEqualityAnalysis {
        differencesBetweenWomenAndMen = Violations.blankToNull(differencesBetweenWomenAndMen);
        consequences = Violations.blankToNull(consequences);
        var v = new Violations();
        v.requireText(summary, "summary", Violations.TEXT_MAX);
        v.optionalText(differencesBetweenWomenAndMen, "differencesBetweenWomenAndMen", Violations.TEXT_MAX);
        v.optionalText(consequences, "consequences", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
