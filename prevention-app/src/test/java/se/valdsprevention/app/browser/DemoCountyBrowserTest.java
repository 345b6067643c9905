package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo county as a county officer first sees it, with its history built on an empty database: the overview and
 * Norsjö's page in a Swedish Chromium, checked with axe-core. The screenshots illustrate the user guide; with
 * {@code -Dprevention.docs.screenshots=true} they are copied to {@code docs/images/}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.generate-unique-name=true",
            // Camunda's REST API finds its engine by name in a JVM-wide registry: a second engine named "default" in
            // the test JVM would take over the REST API of the cached demo county context the other tests use.
            "camunda.bpm.generate-unique-process-engine-name=true",
            "camunda.bpm.job-execution.enabled=false",
            "prevention.demo.history=true",
            // The test delivers the outbox itself, so the page shows what it delivered.
            "prevention.notifications.sender-enabled=false"
        })
@ActiveProfiles("demo")
class DemoCountyBrowserTest {

    static final Path DATABASE = Path.of("target", "h2", "demo-browser-" + UUID.randomUUID(), "prevention");
    static final Path DOCS_IMAGES = Path.of("..", "docs", "images");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath());
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    se.valdsprevention.workflows.notification.OutboxSender sender;

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    private TasklistBrowser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.keepLastPage();
            browser.close();
        }
    }

    @Test
    void theCountyOfficerSeesALivingCountyOnTheFirstStart() throws IOException {
        browser = TasklistBrowser.start(port, "demo-county");
        browser.login("county-24", engine.getName());

        browser.open("/lan");
        browser.visible(By.id("lansoversikt"));
        assertThat(browser.mainText())
                .contains("Steg 5: Implementera, följ upp och sprid")
                .contains("Steg 4: Utveckla insatser")
                .contains("Steg 1: Initiera samverkan");
        browser.checkAccessibility("lan");
        document(browser.screenshot("lan"), "demo-lan.png");

        browser.open("/kommuner/2417");
        browser.visible(By.id("beslut"));
        assertThat(browser.mainText()).contains("Norsjö").contains("Genomförd");
        browser.checkAccessibility("kommun-2417");
        document(browser.screenshot("kommun-2417"), "demo-kommun-2417.png");
    }

    @Test
    void theAdministratorReadsTheMailsOfTheDemosWorkInTheOutbox() throws IOException {
        se.valdsprevention.workflows.notification.OutboxSender.Round round;
        int rounds = 0;
        do {
            round = sender.deliverDue();
        } while (round.mails() > 0 && ++rounds < 100);
        browser = TasklistBrowser.start(port, "demo-outbox");
        browser.login("admin", engine.getName());

        browser.open("/utkorg");
        browser.visible(By.cssSelector(".outbox-rows"));
        assertThat(browser.mainText())
                .contains("(i utkorgen)")
                .contains("Ny uppgift")
                .contains("Besked om beslut");
        assertThat(browser.mainText()).doesNotContain("Skickat: 0");
        browser.checkAccessibility("utkorg");
        document(browser.screenshot("utkorg"), "demo-utkorg.png");

        browser.open("/");
        browser.visible(By.id("aviseringar"));
        browser.checkAccessibility("start-aviseringar");
    }

    private static void document(Path screenshot, String name) throws IOException {
        if (Boolean.getBoolean("prevention.docs.screenshots")) {
            Files.createDirectories(DOCS_IMAGES);
            Files.copy(screenshot, DOCS_IMAGES.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
