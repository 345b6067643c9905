package se.valdsprevention.workflows.notification;

/** Text that goes into a mail header or a one-line field: no control characters, bounded length. */
final class MailText {

    private MailText() {}

    /**
     * The text on one line: every control character (CR, LF, tab, NUL …) and run of white space becomes one space,
     * and text longer than {@code max} characters is cut with an ellipsis.
     */
    static String line(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine =
                text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085\\s]+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end).strip() + "…";
    }
}
