package se.valdsprevention.workflows.cycle;

import se.valdsprevention.workflows.county.CycleProperties;

/**
 * The county's rhythm as the timers of {@code iavpCycle} read it ({@code ${cycleSettings...}}). The
 * timers of the cycle's event sub-processes are set up before any start listener runs, so they read
 * the configuration here rather than from process variables.
 */
public class CycleSettings {

    private final CycleProperties properties;

    public CycleSettings(CycleProperties properties) {
        this.properties = properties;
    }

    /** The check-in timer: repeat for as long as the cycle runs, every cadence. */
    public String checkInCycle() {
        return "R/" + properties.getCheckInCadence();
    }

    /** The stall watch looks once a day whether the current step has made progress. */
    public String progressCheckCycle() {
        return "R/P1D";
    }
}
