package se.valdsprevention.core.milestone;

import se.valdsprevention.core.validation.Violations;

/**
 * How far a municipality has come on one milestone, from 0 (not started) to {@link #MAX} (reached), and in Swedish
 * what is missing for the next level: empty (null) at {@link #MAX}, given below it.
 */
public record MilestoneScore(Milestone milestone, int score, String missing) {

    /** The highest score: the milestone is reached. */
    public static final int MAX = 4;

    public MilestoneScore {
        missing = Violations.blankToNull(missing);
        var v = new Violations();
        v.requireNonNull(milestone, "milestone");
        v.require(score >= 0 && score <= MAX, "score", "måste vara mellan 0 och " + MAX + " (nu " + score + ")");
        if (score == MAX) {
            v.require(missing == null, "missing", "måste vara tomt när milstolpen är nådd");
        } else {
            v.requireText(missing, "missing", Violations.TEXT_MAX);
        }
        v.throwIfAny();
    }

    public boolean reached() {
        return score == MAX;
    }
}
