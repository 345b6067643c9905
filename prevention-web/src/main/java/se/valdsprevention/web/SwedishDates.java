package se.valdsprevention.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as Swedish users read and write them: ÅÅÅÅ-MM-DD (ISO 8601), times in the configured zone
 * (Europe/Stockholm by default). Parsing is strict: 2026-02-30 or 26-1-1 is refused, never adjusted.
 */
public final class SwedishDates {

    /** The earliest and latest dates the workspace accepts; anything outside is a typing error. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ZoneId zone;
    private final Clock clock;

    public SwedishDates(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** {@code 2026-12-02}, or an empty text for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 2026-12-02 14:05} in the configured zone. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * A date typed as ÅÅÅÅ-MM-DD between {@link #EARLIEST} and {@link #LATEST}; empty for blank input.
     *
     * @throws IllegalArgumentException with a Swedish message for anything else
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(trimmed, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException(
                    "Datumet måste ligga mellan " + DATE.format(EARLIEST) + " och " + DATE.format(LATEST) + ".");
        }
        return Optional.of(date);
    }
}
