package se.valdsprevention.workflows.notification;

import jakarta.mail.internet.InternetAddress;

/**
 * The channel of an installation with no SMTP server (the demo): the mail is only marked delivered in the outbox,
 * where an administrator reads it on {@code /utkorg}, written from the same rows and templates.
 */
public class KeptInOutbox implements MailChannel {

    public static final String NAME = "UTKORG";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(InternetAddress to, ComposedMail mail, String messageId) {
        // kept: the rows marked sent are the mail
    }
}
