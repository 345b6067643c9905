package se.valdsprevention.workflows.decision;

import java.time.Instant;
import se.valdsprevention.core.decision.Decision;

/** One saved state of a decision: what it was, who saved it and when, from which process instance. */
public record DecisionRevision(
        String decisionId,
        int revision,
        String municipalityCode,
        Decision decision,
        String author,
        Instant recordedAt,
        String processInstanceId) {}
