package se.valdsprevention.workflows.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * One county-wide fetch of the template indicators: who started it and when, how many of its batches (omgångar) are
 * saved, and how it ended; a failed fetch carries the Swedish message the user reads.
 *
 * @param doneSteps the batches saved so far
 * @param totalSteps the batches of the whole fetch: one per key figure and up to 25 municipalities
 * @param finishedAt null while it runs
 * @param errorMessage the Swedish reason of a failed fetch, otherwise null
 */
public record FetchRun(
        String id,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        FetchStatus status,
        int doneSteps,
        int totalSteps,
        int firstYear,
        int lastYear,
        String errorMessage) {

    public FetchRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(status, "status");
        if (totalSteps < 0 || doneSteps < 0 || doneSteps > totalSteps) {
            throw new IllegalArgumentException(
                    "doneSteps must be 0 to totalSteps (" + totalSteps + "), was " + doneSteps);
        }
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("firstYear " + firstYear + " is after lastYear " + lastYear);
        }
        if ((status == FetchStatus.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("a running fetch has no finish time, a finished one has: " + status);
        }
    }

    public boolean running() {
        return status == FetchStatus.RUNNING;
    }

    public boolean failed() {
        return status == FetchStatus.FAILED;
    }
}
