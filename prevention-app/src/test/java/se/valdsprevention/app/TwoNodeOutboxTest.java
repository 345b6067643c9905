package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.notification.Delivery;
import se.valdsprevention.workflows.notification.NotificationSetting;
import se.valdsprevention.workflows.notification.NotificationSettings;
import se.valdsprevention.workflows.notification.OutboxSender;

/**
 * Two application nodes on one PostgreSQL database deliver one outbox: both senders run their rounds at the same
 * moment, again and again until nothing is due, and every notification reaches the SMTP server (GreenMail) exactly
 * once. The senders are driven here (their threads are off), so the test decides when both act.
 */
@Tag("cluster")
@EnabledIfSystemProperty(named = TestDatabase.URL, matches = "jdbc:postgresql:.*")
class TwoNodeOutboxTest {

    static final String DATABASE = "prevention_outbox_test";

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    final int port = freePort();
    final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    String url;

    @BeforeEach
    void freshDatabaseAndSmtp() throws SQLException {
        String testUrl = System.getProperty(TestDatabase.URL);
        String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server + "postgres", user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        url = server + DATABASE;
        smtp.start();
    }

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
    }

    @Test
    void twoNodesSendingTheSameOutboxAtOnceSendEachMailOnce() throws Exception {
        ConfigurableApplicationContext a = start("node-a");
        ConfigurableApplicationContext b = start("node-b");
        NotificationSettings settings = a.getBean(NotificationSettings.class);
        for (String user : List.of("county-24", "manager-2417", "chair-2417")) {
            settings.save(new NotificationSetting(user, Delivery.EACH, Set.of()), EngineClock.now());
        }
        ProcessEngine engineA = a.getBean(ProcessEngine.class);
        ProcessEngine engineB = b.getBean(ProcessEngine.class);
        for (int i = 0; i < 10; i++) {
            Decisions.proposeOn(i % 2 == 0 ? engineA : engineB);
        }
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        int rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM prevention_outbox WHERE digest = FALSE AND status = 'PENDING'", Integer.class);
        assertThat(rows).as("mails to send at once").isGreaterThanOrEqualTo(20);

        OutboxSender senderA = a.getBean(OutboxSender.class);
        OutboxSender senderB = b.getBean(OutboxSender.class);
        int sentByA = 0;
        int sentByB = 0;
        for (int round = 0; round < 50; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<OutboxSender.Round> byA = CompletableFuture.supplyAsync(() -> deliver(senderA, together));
            CompletableFuture<OutboxSender.Round> byB = CompletableFuture.supplyAsync(() -> deliver(senderB, together));
            int a1 = byA.get().mails();
            int b1 = byB.get().mails();
            sentByA += a1;
            sentByB += b1;
            if (a1 == 0 && b1 == 0) {
                break;
            }
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(sentByA + sentByB).isEqualTo(rows);
        assertThat(received).hasSize(rows);
        assertThat(Arrays.stream(received).map(TwoNodeOutboxTest::messageId).distinct())
                .as("no mail twice")
                .hasSize(rows);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM prevention_outbox WHERE digest = FALSE AND status <> 'SENT'",
                        Integer.class))
                .isZero();
    }

    private static OutboxSender.Round deliver(OutboxSender sender, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return sender.deliverDue();
    }

    private ConfigurableApplicationContext start(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PreventionApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user(),
                        "--spring.main.web-application-type=none",
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.job-execution.enabled=false",
                        "--prevention.demo.history=false",
                        "--prevention.notifications.sender-enabled=false",
                        "--prevention.notifications.channel=smtp",
                        "--prevention.notifications.batch-size=3",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + port,
                        "--spring.application.name=" + name);
        nodes.add(context);
        return context;
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String user() {
        return System.getProperty("prevention.test.postgres.user", "postgres");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
