package se.valdsprevention.web.countypicture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.validation.ValidationException;

/**
 * The period of {@code ?period=}: a calendar year ({@code 2025}) or two dates ({@code 2025-01-01--2025-06-30}), as the
 * page's choices write it. Anything else is refused with a Swedish message naming the field.
 */
final class PeriodParameter {

    static final String NAME = "period";
    static final int SHOWN_MAX = 40;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATES = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})--(\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private PeriodParameter() {}

    /**
     * @throws IllegalArgumentException with a Swedish message for a value that is no period
     */
    static ReportingPeriod parse(String value) {
        String text = value.strip();
        if (YEAR.matcher(text).matches()) {
            return ReportingPeriod.ofYear(year(Integer.parseInt(text), value));
        }
        Matcher dates = DATES.matcher(text);
        if (dates.matches()) {
            LocalDate start = date(dates.group(1), value);
            LocalDate end = date(dates.group(2), value);
            year(start.getYear(), value);
            year(end.getYear(), value);
            try {
                return new ReportingPeriod(start, end);
            } catch (ValidationException backwards) {
                throw refused(value, "slutdatumet ligger före startdatumet");
            }
        }
        throw refused(value, null);
    }

    /** The parameter's value for {@code period}. */
    static String format(ReportingPeriod period) {
        return calendarYear(period) ? Integer.toString(period.start().getYear()) : period.start() + "--" + period.end();
    }

    /** The period as users read it: "2025" for a calendar year, otherwise "2025-01-01–2025-06-30". */
    static String label(ReportingPeriod period) {
        return calendarYear(period) ? Integer.toString(period.start().getYear()) : period.toString();
    }

    static boolean calendarYear(ReportingPeriod period) {
        LocalDate start = period.start();
        return start.getDayOfYear() == 1
                && period.end().equals(start.withMonth(12).withDayOfMonth(31));
    }

    private static int year(int year, String value) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused(value, "året måste ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR);
        }
        return year;
    }

    private static LocalDate date(String text, String value) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw refused(value, "datumet " + text + " finns inte");
        }
    }

    private static IllegalArgumentException refused(String value, String why) {
        return new IllegalArgumentException("Perioden ”" + shown(value) + "” går inte att använda"
                + (why == null ? "" : ": " + why)
                + ". Ange ett år som ÅÅÅÅ (till exempel 2025) eller två datum som ÅÅÅÅ-MM-DD--ÅÅÅÅ-MM-DD.");
    }

    private static String shown(String value) {
        String stripped = value.strip();
        return stripped.length() <= SHOWN_MAX ? stripped : stripped.substring(0, SHOWN_MAX) + "…";
    }
}
