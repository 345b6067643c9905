package se.valdsprevention.web.home;

import java.util.List;

/**
 * One municipality on the start page: its current IAVP cycle and handbook step (none when no cycle runs), and
 * the open tasks the user may see there.
 */
public record MunicipalityOverview(
        String code, String name, String cycleLabel, String currentStep, boolean stalled, List<OpenTask> tasks) {

    public boolean hasCycle() {
        return cycleLabel != null;
    }

    /** A task as the start page lists it, with the Tasklist address that opens it. */
    public record OpenTask(String id, String name, String assignee, String created, String tasklistUrl, boolean mine) {}
}
