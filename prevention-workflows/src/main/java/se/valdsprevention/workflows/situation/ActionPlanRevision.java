package se.valdsprevention.workflows.situation;

import java.time.Instant;
import se.valdsprevention.core.plan.ActionPlan;

/**
 * One saved state of a cycle's action plan.
 *
 * @param cycleId the process instance id of the IAVP cycle
 */
public record ActionPlanRevision(
        String cycleId, String municipalityCode, int revision, ActionPlan plan, String author, Instant recordedAt) {}
