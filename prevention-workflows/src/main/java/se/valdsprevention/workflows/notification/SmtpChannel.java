package se.valdsprevention.workflows.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends by SMTP through Spring Boot's {@link JavaMailSender} ({@code spring.mail.*}): plain text and HTML in one
 * mail, UTF-8, the outbox's Message-ID (so a mail sent again after a node died mid-send is recognisably the same),
 * and {@code Auto-Submitted: auto-generated} so that out-of-office replies are not sent back.
 */
public class SmtpChannel implements MailChannel {

    public static final String NAME = "SMTP";

    private final JavaMailSender sender;
    private final InternetAddress from;

    public SmtpChannel(JavaMailSender sender, String from, String fromName) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, fromName, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(InternetAddress to, ComposedMail mail, String messageId) throws MailNotTaken {
        MimeMessage message;
        try {
            message = new OutboxMessage(sender.createMimeMessage().getSession(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException malformed) {
            throw new MailNotTaken("Mejlet kunde inte skapas: " + malformed.getMessage(), true, malformed);
        }
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException malformed) {
            throw new MailNotTaken("Mejlet kunde inte skapas: " + malformed.getMessage(), true, malformed);
        } catch (MailAuthenticationException login) {
            throw new MailNotTaken("E-postservern godtog inte inloggningen", false, login);
        } catch (MailException notSent) {
            boolean refusedAddress = refusedAddress(notSent);
            throw new MailNotTaken(
                    refusedAddress
                            ? "E-postservern tog inte emot adressen"
                            : "E-postservern gick inte att nå: " + notSent.getMessage(),
                    refusedAddress,
                    notSent);
        }
    }

    /** The server refused the recipient for good (a 5xx answer to the address). */
    private static boolean refusedAddress(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException sendFailed
                    && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (Exception each : send.getFailedMessages().values()) {
                    if (each != cause && refusedAddress(each)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A message whose Message-ID is the outbox's, not a new one at every save. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
