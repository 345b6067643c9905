package se.valdsprevention.core.situation;

import java.util.List;
import se.valdsprevention.core.validation.Violations;

/** A problem the team chose to work on, ranked from 1, and the indicators that show it. */
public record PrioritisedProblem(int rank, String description, List<String> indicatorIds) {

    public PrioritisedProblem {
        var v = new Violations();
        v.require(rank >= 1, "rank", "måste vara minst 1");
        v.requireText(description, "description", Violations.TEXT_MAX);
        indicatorIds = v.list(indicatorIds, "indicatorIds");
        v.unique(indicatorIds, "indicatorIds", "", id -> id, "indikator-id");
        v.throwIfAny();
    }
}
