package se.valdsprevention.workflows.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's time, which tests move with {@code ClockUtil}. Dates are Swedish dates: a follow-up
 * date is a day in Sweden, whatever the server's time zone.
 */
public final class EngineClock {

    /** The zone of a county that sets none: Swedish time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

    private static volatile ZoneId zone = DEFAULT_ZONE;

    private EngineClock() {}

    /** The zone the county's dates are in ({@code prevention.county.time-zone}, Europe/Stockholm by default). */
    public static ZoneId zone() {
        return zone;
    }

    /** Set once at start from the county's configuration. */
    public static void useZone(ZoneId countyZone) {
        zone = java.util.Objects.requireNonNull(countyZone, "countyZone");
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }
}
