package se.valdsprevention.web.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.notification.Delivery;
import se.valdsprevention.workflows.notification.NotificationSetting;
import se.valdsprevention.workflows.notification.NotificationSettings;
import se.valdsprevention.workflows.notification.OutboxSender;

/**
 * {@code /utkorg} without an SMTP server, as the demo runs: a new task's mail is kept in the outbox, the
 * administrator reads it there, and nobody else may open the page.
 */
@TestPropertySource(properties = "prevention.notifications.sender-enabled=false")
class OutboxPageTest extends WorkspaceTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    NotificationSettings settings;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Autowired
    OutboxSender sender;

    @Test
    void theAdministratorReadsTheKeptMailAndOthersAreRefused() {
        var coordinator =
                identityService.createUserQuery().userId("coordinator-2417").singleResult();
        coordinator.setEmail("sara@norsjo.example");
        identityService.saveUser(coordinator);
        settings.save(new NotificationSetting("coordinator-2417", Delivery.EACH, Set.of()), EngineClock.now());
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "outbox-work.bpmn",
                        Bpmn.createExecutableProcess("outboxWork")
                                .camundaHistoryTimeToLive(1)
                                .startEvent("outboxRequested")
                                .userTask("outboxTask")
                                .name("Skriv <b>anteckningar</b>: ${topic}")
                                .camundaCandidateGroups("coordinator")
                                .endEvent("outboxDone")
                                .done())
                .deploy();
        runtimeService.startProcessInstanceByKey(
                "outboxWork", java.util.Map.of("municipalityCode", "2417", "topic", "hemligt"));
        assertThat(sender.deliverDue().mails()).isOne();

        Page page = loggedIn("admin").get("/utkorg");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("nav a[href=/utkorg]").text()).isEqualTo("Utkorg");
        assertThat(page.document().select(".outbox-rows td").eachText()).contains("Norsjö");
        assertThat(page.mainText())
                .contains("Skickat: 1")
                .contains("Skriv <b>anteckningar</b>")
                .doesNotContain("hemligt");
        assertThat(page.document().select(".without-address li").eachText())
                .contains("coordinator-2422")
                .doesNotContain("coordinator-2417");
        String mailLink =
                page.document().select(".outbox-rows a[href^=/utkorg/]").attr("href");
        Page mail = loggedIn("admin").get(mailLink);
        assertThat(mail.status()).isEqualTo(200);
        assertThat(mail.mainText())
                .contains("Ny uppgift: Skriv <b>anteckningar</b> – Norsjö")
                .contains("Kommun: Norsjö");

        assertThat(loggedIn("county-24").get("/").document().select("nav a[href=/utkorg]"))
                .isEmpty();
        for (String user : List.of("coordinator-2417", "county-24", "manager-2417")) {
            assertThat(loggedIn(user).get("/utkorg").status()).as(user).isEqualTo(403);
            assertThat(loggedIn(user).get(mailLink).status()).as(user).isEqualTo(403);
        }
        assertThat(loggedIn("admin").get("/utkorg/okant-id").status()).isEqualTo(404);
        Page unknownStatus = loggedIn("admin").get("/utkorg?status=%3Cscript%3E");
        assertThat(unknownStatus.status()).isEqualTo(200);
        assertThat(unknownStatus.mainText()).contains("Okänd status '<script>'");
    }
}
