package se.valdsprevention.workflows.checkin;

import java.util.List;
import se.valdsprevention.core.validation.Violations;

/**
 * The agenda of a check-in as the team reads it: one line per item, in Swedish. The same lines are
 * the meeting's stored agenda.
 */
record Agenda(List<String> items) {

    static final String NOTHING_OPEN = "Inga öppna uppgifter, beslut eller åtgärder.";

    Agenda {
        items = items.isEmpty() ? List.of(NOTHING_OPEN) : List.copyOf(items);
    }

    /** The lines of an agenda text; blank lines are left out. */
    static Agenda parse(String text) {
        return new Agenda(
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /** One agenda line, cut to what a meeting stores. */
    static String line(String label, String text) {
        return shortened(label + ": " + text, Violations.NAME_MAX);
    }

    /** A text on one line (whitespace and line breaks folded) of at most {@code max} characters. */
    static String shortened(String text, int max) {
        String folded = text.strip().replaceAll("\\s+", " ");
        return folded.length() <= max ? folded : folded.substring(0, max - 1) + "…";
    }

    String text() {
        return String.join("\n", items);
    }
}
