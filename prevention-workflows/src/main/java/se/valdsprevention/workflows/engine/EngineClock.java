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

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private EngineClock() {}

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), SWEDEN);
    }
}
