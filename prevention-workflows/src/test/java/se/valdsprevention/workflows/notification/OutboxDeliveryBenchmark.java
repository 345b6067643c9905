package se.valdsprevention.workflows.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Mails per second from the outbox to a local SMTP server (GreenMail) on H2: 2,000 single mails for 200 users, and
 * the cost of writing the rows. Prints figures, asserts nothing; run with
 * {@code -DexcludedGroups=none -Dgroups=benchmark -Dtest=OutboxDeliveryBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(
        classes = WorkflowsTestApplication.class,
        properties = {
            "spring.mail.host=127.0.0.1",
            "prevention.notifications.channel=smtp",
            "prevention.notifications.sender-enabled=false",
            "prevention.notifications.batch-size=1000"
        })
class OutboxDeliveryBenchmark {

    static final int USERS = 200;
    static final int PER_USER = 10;
    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    NotificationSettings settings;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void mailsPerSecond() {
        for (int i = 0; i < USERS; i++) {
            String id = "bench-" + i;
            User user = identityService.newUser(id);
            user.setFirstName("Bänk");
            user.setLastName(Integer.toString(i));
            user.setEmail(id + "@bench.example");
            identityService.saveUser(user);
            settings.save(new NotificationSetting(id, Delivery.EACH, Set.of()), EngineClock.now());
        }
        long writeStart = System.nanoTime();
        for (int n = 0; n < PER_USER; n++) {
            for (int i = 0; i < USERS; i++) {
                outbox.add(
                        new Notification(
                                NotificationKind.TASK_AVAILABLE,
                                "2417",
                                "Sammanställ lägesbilden",
                                "/camunda/app/tasklist/default/#/?task=" + n + "-" + i,
                                null),
                        List.of("bench-" + i));
            }
        }
        double writeMs = (System.nanoTime() - writeStart) / 1e6;

        long sendStart = System.nanoTime();
        int mails = 0;
        OutboxSender.Round round;
        do {
            round = sender.deliverDue();
            mails += round.mails();
        } while (round.mails() > 0);
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;

        int rows = USERS * PER_USER;
        System.out.printf(
                "OutboxDeliveryBenchmark: %d rows written in %.0f ms (%.2f ms a row, one transaction each);"
                        + " %d mails delivered to GreenMail in %.1f s = %.0f mails/s; received %d%n",
                rows,
                writeMs,
                writeMs / rows,
                mails,
                sendSeconds,
                mails / sendSeconds,
                SMTP.getReceivedMessages().length);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
