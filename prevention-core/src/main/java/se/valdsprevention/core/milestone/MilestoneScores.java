package se.valdsprevention.core.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/** The score of every milestone of a municipality, one each, in handbook order. */
public record MilestoneScores(String municipalityCode, List<MilestoneScore> scores) {

    public MilestoneScores {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        scores = v.list(scores, "scores");
        v.require(
                scores.stream().map(MilestoneScore::milestone).toList().equals(Arrays.asList(Milestone.values())),
                "scores",
                "måste ha en poäng för varje milstolpe, i handbokens ordning");
        v.throwIfAny();
    }

    public MilestoneScore of(Milestone milestone) {
        return scores.get(milestone.ordinal());
    }

    /** The scores of the milestones of one handbook step (1–5), in order. */
    public List<MilestoneScore> ofStep(int step) {
        return scores.stream().filter(s -> s.milestone().step() == step).toList();
    }

    /** The sum of all scores. */
    public int total() {
        return scores.stream().mapToInt(MilestoneScore::score).sum();
    }

    /** The highest possible {@link #total()}: every milestone reached. */
    public int maximum() {
        return scores.size() * MilestoneScore.MAX;
    }

    /** The mean score, 0.0 to 4.0, with one decimal (half up). */
    public BigDecimal average() {
        return BigDecimal.valueOf(total()).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }
}
