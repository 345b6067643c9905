package se.valdsprevention.web.statistics;

import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.workflows.statistics.FetchRun;

/**
 * A county-wide fetch as the page shows it: "Hämtar … 3 av 12 omgångar" while it runs, who started it and when, how
 * it ended and, for a failure, Kolada's Swedish message.
 */
record RunView(
        boolean running,
        boolean failed,
        int done,
        int total,
        String progress,
        String status,
        String startedAt,
        String finishedAt,
        String startedBy,
        String years,
        String errorMessage) {

    static RunView of(FetchRun run, String startedBy, SwedishDates dates) {
        String steps = run.doneSteps() + " av " + run.totalSteps() + " omgångar";
        String progress = run.running() ? "Hämtar … " + steps : run.status().label() + ": " + steps + " hämtade";
        return new RunView(
                run.running(),
                run.failed(),
                run.doneSteps(),
                run.totalSteps(),
                progress,
                run.status().label(),
                dates.dateTime(run.startedAt()),
                dates.dateTime(run.finishedAt()),
                startedBy,
                run.firstYear() == run.lastYear()
                        ? String.valueOf(run.firstYear())
                        : run.firstYear() + "–" + run.lastYear(),
                run.errorMessage());
    }
}
