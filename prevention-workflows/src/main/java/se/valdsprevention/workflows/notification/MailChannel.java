package se.valdsprevention.workflows.notification;

import jakarta.mail.internet.InternetAddress;

/** Where the sender hands a mail: an SMTP server, or the in-app outbox of an installation without one. */
public interface MailChannel {

    /** The channel's name as the outbox page shows it: {@code SMTP} or {@code UTKORG}. */
    String name();

    /**
     * Delivers the mail, or throws {@link MailNotTaken}. Returning means the channel has taken it.
     *
     * @param messageId the mail's Message-ID, the same on every attempt of the same rows
     */
    void send(InternetAddress to, ComposedMail mail, String messageId) throws MailNotTaken;

    /** The channel did not take the mail: for now (retry later) or for good. */
    final class MailNotTaken extends Exception {

        private final boolean permanent;

        public MailNotTaken(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
