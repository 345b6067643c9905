package se.valdsprevention.workflows.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.schema.PreventionSchema;

/** The outbox, the events that write it and the sender that delivers it; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    NotificationSettings notificationSettings(PreventionSchema migrated, DataSource dataSource) {
        return new NotificationSettings(new JdbcTemplate(dataSource));
    }

    @Bean
    Outbox outbox(
            PreventionSchema migrated,
            DataSource dataSource,
            NotificationSettings settings,
            NotificationProperties properties,
            ObjectProvider<OutboxPoller> poller) {
        return new Outbox(
                new JdbcTemplate(dataSource),
                settings,
                properties.getDigestTime(),
                () -> poller.ifAvailable(OutboxPoller::run));
    }

    @Bean
    Notifications notifications(Outbox outbox, CamundaBpmProperties camunda, NotificationProperties properties) {
        return new Notifications(outbox, camunda.getWebapp().getApplicationPath(), properties.isEnabled());
    }

    /** The listener on every user task; off with {@code prevention.notifications.enabled=false}. */
    @Bean
    @ConditionalOnProperty(name = "prevention.notifications.enabled", havingValue = "true", matchIfMissing = true)
    TaskNotifications taskNotifications(Notifications notifications) {
        return new TaskNotifications(notifications);
    }

    @Bean
    MailChannel mailChannel(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender) {
        JavaMailSender sender = mailSender.getIfAvailable();
        switch (properties.getChannel()) {
            case UTKORG -> {
                return new KeptInOutbox();
            }
            case SMTP -> {
                if (sender == null) {
                    throw new IllegalStateException("prevention.notifications.channel is smtp but no SMTP server is"
                            + " configured: set spring.mail.host (and spring.mail.port, username, password)");
                }
            }
            case AUTO -> {
                if (sender == null) {
                    LOG.warn("No SMTP server configured (spring.mail.host): notifications are kept in the in-app"
                            + " outbox (/utkorg) and not sent");
                    return new KeptInOutbox();
                }
            }
        }
        boundTimeouts(sender);
        return new SmtpChannel(sender, properties.getFrom(), properties.getFromName());
    }

    @Bean
    MailComposer mailComposer(NotificationProperties properties, CountyProperties county) {
        Map<String, String> names = new LinkedHashMap<>();
        county.getMunicipalities().forEach(municipality -> names.put(municipality.getCode(), municipality.getName()));
        return new MailComposer(properties.getBaseUrl(), names);
    }

    @Bean
    OutboxSender outboxSender(
            Outbox outbox,
            MailChannel channel,
            MailComposer composer,
            IdentityService identityService,
            NotificationProperties properties) {
        return new OutboxSender(outbox, channel, composer, identityService, properties);
    }

    /** This node's delivery thread; off with {@code prevention.notifications.sender-enabled=false}. */
    @Bean
    @ConditionalOnProperty(
            name = "prevention.notifications.sender-enabled",
            havingValue = "true",
            matchIfMissing = true)
    OutboxPoller outboxPoller(OutboxSender sender, NotificationProperties properties) {
        return new OutboxPoller(sender, properties.getPollInterval());
    }

    /**
     * JavaMail waits for ever on a server that accepts the connection and then says nothing; the sender's thread
     * must not. Unless the installation set its own, connecting may take 10 s and each read or write 30 s.
     */
    private static void boundTimeouts(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            var mail = impl.getJavaMailProperties();
            mail.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            mail.putIfAbsent("mail.smtp.timeout", "30000");
            mail.putIfAbsent("mail.smtp.writetimeout", "30000");
        }
    }
}
