package se.valdsprevention.workflows.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Notifications by e-mail ({@code prevention.notifications.*}). The SMTP server itself is Spring Boot's standard
 * {@code spring.mail.*}; without {@code spring.mail.host} the mails are kept in the in-app outbox ({@code /utkorg})
 * instead of being sent.
 */
@Validated
@ConfigurationProperties(prefix = "prevention.notifications")
public class NotificationProperties implements Validator {

    /** Where mails go: {@code auto} sends by SMTP when {@code spring.mail.host} is set, else keeps them in-app. */
    public enum Channel {
        AUTO,
        SMTP,
        UTKORG
    }

    /** Whether events write notifications at all. */
    private boolean enabled = true;

    /** Whether this node delivers the outbox; every node of a cluster may, each row is sent by one. */
    private boolean senderEnabled = true;

    @NotNull(message = "must be auto, smtp or utkorg")
    private Channel channel = Channel.AUTO;

    /** The sender's address. */
    @NotBlank(message = "must be the address mails are sent from, for example noreply@lansstyrelsen.se")
    private String from = "noreply@localhost";

    /** The sender's name as mail programs show it. */
    private String fromName = "Våldsförebyggande arbetet";

    /** The application's address as users reach it; links in the mails start with it. */
    @NotBlank(message = "must be the application's address as users reach it, for example https://iavp.example.se")
    private String baseUrl = "http://localhost:8080";

    /** When the daily digests go out, in the county's time zone. */
    @NotNull(message = "must be a time of day, for example 07:00")
    private LocalTime digestTime = LocalTime.of(7, 0);

    /** How often the sender looks for due mails (it also starts at once after a commit with a mail to send). */
    @NotNull(message = "must be set, for example 15s")
    private Duration pollInterval = Duration.ofSeconds(15);

    /** How long a sender holds the rows it is sending; a node that dies frees them after this. */
    @NotNull(message = "must be set, for example 5m")
    private Duration claimTime = Duration.ofMinutes(5);

    /** The wait before the first retry of a mail the server did not take; it doubles up to {@code max-retry}. */
    @NotNull(message = "must be set, for example 1m")
    private Duration firstRetry = Duration.ofMinutes(1);

    /** The longest wait between two attempts. */
    @NotNull(message = "must be set, for example 15m")
    private Duration maxRetry = Duration.ofMinutes(15);

    /** After this long since the event, a mail that could not be sent is given up (marked failed). */
    @NotNull(message = "must be set, for example 3d")
    private Duration giveUpAfter = Duration.ofDays(3);

    /** How many recipients one round of the sender handles. */
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 10_000, message = "must be at most 10000")
    private int batchSize = 200;

    @Override
    public boolean supports(Class<?> type) {
        return NotificationProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        NotificationProperties properties = (NotificationProperties) target;
        if (properties.from != null && !properties.from.isBlank() && !address(properties.from)) {
            errors.rejectValue("from", "address", "'" + properties.from + "' is not an e-mail address");
        }
        if (properties.fromName != null && !properties.fromName.equals(MailText.line(properties.fromName, 100))) {
            errors.rejectValue("fromName", "line", "must be one line of at most 100 characters");
        }
        if (properties.baseUrl != null && !properties.baseUrl.isBlank() && !httpUrl(properties.baseUrl)) {
            errors.rejectValue(
                    "baseUrl",
                    "url",
                    "'" + properties.baseUrl + "' is not an http(s) address without a trailing slash,"
                            + " for example https://iavp.example.se");
        }
        positive(errors, properties.pollInterval, "pollInterval");
        positive(errors, properties.claimTime, "claimTime");
        positive(errors, properties.firstRetry, "firstRetry");
        positive(errors, properties.maxRetry, "maxRetry");
        positive(errors, properties.giveUpAfter, "giveUpAfter");
        if (properties.firstRetry != null
                && properties.maxRetry != null
                && properties.maxRetry.compareTo(properties.firstRetry) < 0) {
            errors.rejectValue("maxRetry", "order", "must not be shorter than first-retry");
        }
    }

    static boolean address(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.equals(MailText.line(address, 320)) && !address.contains(" ");
        } catch (AddressException malformed) {
            return false;
        }
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && !url.endsWith("/")
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static void positive(Errors errors, Duration duration, String field) {
        if (duration != null && (duration.isZero() || duration.isNegative())) {
            errors.rejectValue(field, "positive", "must be longer than zero");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isSenderEnabled() {
        return senderEnabled;
    }

    public void setSenderEnabled(boolean senderEnabled) {
        this.senderEnabled = senderEnabled;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public LocalTime getDigestTime() {
        return digestTime;
    }

    public void setDigestTime(LocalTime digestTime) {
        this.digestTime = digestTime;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getClaimTime() {
        return claimTime;
    }

    public void setClaimTime(Duration claimTime) {
        this.claimTime = claimTime;
    }

    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getMaxRetry() {
        return maxRetry;
    }

    public void setMaxRetry(Duration maxRetry) {
        this.maxRetry = maxRetry;
    }

    public Duration getGiveUpAfter() {
        return giveUpAfter;
    }

    public void setGiveUpAfter(Duration giveUpAfter) {
        this.giveUpAfter = giveUpAfter;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
