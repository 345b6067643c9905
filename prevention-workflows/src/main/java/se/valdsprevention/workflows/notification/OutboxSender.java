package se.valdsprevention.workflows.notification;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Delivers the outbox after commit, never inside an event's transaction: for each user with due rows it claims them
 * (so that of two nodes only one sends them), writes their mail (a digest's rows in one mail, the others one mail
 * each), hands it to the channel and marks the rows sent. A mail the server does not take now is tried again with
 * doubling waits; a user with no valid address, an address the server refuses, or a mail still not taken after
 * {@code give-up-after} is marked failed with the reason. When the server cannot be reached the round stops: the
 * other users' mails wait for the next round rather than each paying for a connection that fails.
 */
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final MailChannel channel;
    private final MailComposer composer;
    private final IdentityService identity;
    private final NotificationProperties properties;
    private final String messageIdDomain;

    public OutboxSender(
            Outbox outbox,
            MailChannel channel,
            MailComposer composer,
            IdentityService identity,
            NotificationProperties properties) {
        this.outbox = outbox;
        this.channel = channel;
        this.composer = composer;
        this.identity = identity;
        this.properties = properties;
        String from = properties.getFrom();
        this.messageIdDomain = from.substring(from.indexOf('@') + 1);
    }

    /** What one round did. */
    public record Round(int mails, int notifications, int retried, int failed) {

        static final Round NOTHING = new Round(0, 0, 0, 0);

        Round plus(Round other) {
            return new Round(
                    mails + other.mails,
                    notifications + other.notifications,
                    retried + other.retried,
                    failed + other.failed);
        }
    }

    /** Delivers what is due now, for at most {@code batch-size} users. */
    public Round deliverDue() {
        Instant now = EngineClock.now();
        Round round = Round.NOTHING;
        for (String recipient : outbox.recipientsDue(now, properties.getBatchSize())) {
            String token = UUID.randomUUID().toString();
            List<OutboxRow> rows = outbox.claim(recipient, token, now, now.plus(properties.getClaimTime()));
            if (rows.isEmpty()) {
                continue;
            }
            Delivery delivery = deliver(recipient, token, rows, now);
            round = round.plus(delivery.round);
            if (delivery.serverUnreachable) {
                break;
            }
        }
        return round;
    }

    private record Delivery(Round round, boolean serverUnreachable) {}

    private Delivery deliver(String recipient, String token, List<OutboxRow> rows, Instant now) {
        User user = identity.createUserQuery().userId(recipient).singleResult();
        Optional<String> problem =
                user == null ? Optional.of("Användaren finns inte längre") : addressProblem(user.getEmail());
        if (problem.isPresent()) {
            LOG.warn("{} notification(s) for user {} not sent: {}", rows.size(), recipient, problem.get());
            outbox.failed(token, ids(rows), problem.get());
            return new Delivery(new Round(0, 0, 0, rows.size()), false);
        }
        InternetAddress to = address(user);
        String name =
                MailText.line((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip(), 100);
        List<List<OutboxRow>> mails = new ArrayList<>();
        List<OutboxRow> digest = rows.stream().filter(OutboxRow::digest).toList();
        if (!digest.isEmpty()) {
            mails.add(digest);
        }
        rows.stream().filter(row -> !row.digest()).forEach(row -> mails.add(List.of(row)));
        Round round = Round.NOTHING;
        for (int i = 0; i < mails.size(); i++) {
            List<OutboxRow> mail = mails.get(i);
            String mailId = mail.get(0).id();
            try {
                channel.send(
                        to,
                        composer.compose(
                                mail,
                                name.isEmpty() ? recipient : name,
                                mail.get(0).digest()),
                        "<" + mailId + "@" + messageIdDomain + ">");
                outbox.sent(token, ids(mail), mailId, channel.name(), now);
                round = round.plus(new Round(1, mail.size(), 0, 0));
            } catch (MailChannel.MailNotTaken notTaken) {
                if (notTaken.permanent()) {
                    LOG.warn("Mail {} to user {} refused for good: {}", mailId, recipient, notTaken.getMessage());
                    outbox.failed(token, ids(mail), notTaken.getMessage());
                    round = round.plus(new Round(0, 0, 0, mail.size()));
                    continue;
                }
                LOG.warn(
                        "Mail {} to user {} not taken, tried again later: {}",
                        mailId,
                        recipient,
                        notTaken.getMessage());
                List<OutboxRow> notSent = new ArrayList<>();
                mails.subList(i, mails.size()).forEach(notSent::addAll);
                return new Delivery(round.plus(retryOrGiveUp(token, notSent, notTaken.getMessage(), now)), true);
            }
        }
        return new Delivery(round, false);
    }

    private Round retryOrGiveUp(String token, List<OutboxRow> rows, String error, Instant now) {
        List<String> retry = new ArrayList<>();
        List<String> giveUp = new ArrayList<>();
        for (OutboxRow row : rows) {
            (Duration.between(row.createdAt(), now).compareTo(properties.getGiveUpAfter()) >= 0 ? giveUp : retry)
                    .add(row.id());
        }
        if (!giveUp.isEmpty()) {
            outbox.failed(
                    token,
                    giveUp,
                    "Gav upp efter " + properties.getGiveUpAfter().toHours() + " timmar: " + error);
        }
        if (!retry.isEmpty()) {
            int attempts = rows.stream().mapToInt(OutboxRow::attempts).max().orElse(0);
            outbox.retry(
                    token,
                    retry,
                    error,
                    Outbox.nextAttempt(now, attempts, properties.getFirstRetry(), properties.getMaxRetry()));
        }
        return new Round(0, 0, retry.size(), giveUp.size());
    }

    /** Why mail cannot go to this address, if it cannot. */
    static Optional<String> addressProblem(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Användaren saknar e-postadress");
        }
        if (!NotificationProperties.address(email)) {
            return Optional.of("Användarens e-postadress är ogiltig");
        }
        return Optional.empty();
    }

    private static InternetAddress address(User user) {
        String name =
                MailText.line((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip(), 100);
        try {
            return new InternetAddress(user.getEmail(), name.isEmpty() ? null : name, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<String> ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
