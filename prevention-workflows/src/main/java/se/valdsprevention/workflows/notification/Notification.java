package se.valdsprevention.workflows.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event to tell people about: its kind, the municipality, a title that names the task or the event (never text
 * from a form), the due date if any and the link (a path of this application, the base address is added when the
 * mail is written). The title is made safe here: control characters (line breaks, which could add mail headers)
 * become spaces, and it is cut to {@value #MAX_TITLE} characters.
 */
public record Notification(
        NotificationKind kind, String municipalityCode, String title, String link, LocalDate dueDate) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_LINK = 500;

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        title = MailText.line(title, MAX_TITLE);
        if (title.isEmpty()) {
            title = kind.shortLabel();
        }
        link = Objects.requireNonNull(link, "link");
        if (!link.startsWith("/")
                || link.length() > MAX_LINK
                || !link.equals(MailText.line(link, MAX_LINK))
                || link.contains(" ")) {
            throw new IllegalArgumentException("A notification's link must be a path of this application: " + link);
        }
    }
}
