package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valdsprevention.app.DemoCountyTest;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub;

/**
 * Statistics into the situation picture and the county's overview of them, in a real Swedish Chromium against a
 * local Kolada: "Hämta från Kolada", a statistics file from Excel, and "Länets statistik", each page checked with
 * axe-core against WCAG 2.1 AA.
 */
class StatisticsBrowserTest extends DemoCountyTest {

    static final KoladaStub KOLADA = KoladaStub.start();

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry registry) {
        registry.add(
                "prevention.statistics.kolada.base-url", () -> KOLADA.baseUrl().toString());
    }

    @AfterAll
    static void stopKolada() {
        KOLADA.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    private TasklistBrowser browser;
    private String cycle;

    @BeforeEach
    void startBrowser(TestInfo test) {
        browser = TasklistBrowser.start(port, test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.keepLastPage();
            browser.close();
        }
        if (cycle != null) {
            runtimeService.deleteProcessInstance(cycle, "test finished", true, true);
        }
    }

    /** A cycle of Vilhelmina waiting at "Sammanställ lägesbilden", as step 2 of a real cycle would. */
    private void cycleAtDescribeSituation() {
        cycle = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", "2462")
                .setVariable("cycleLabel", "Vilhelmina 2026")
                .startBeforeActivity("describeSituation")
                .execute()
                .getId();
    }

    @Test
    void theCoordinatorFillsThePictureFromKoladaThroughAPreviewThatMeetsWcag() {
        cycleAtDescribeSituation();
        browser.login("coordinator-2462");
        browser.open("/kommuner/2462/lagesbild");
        browser.follow("Hämta från Kolada");
        browser.checkAccessibility("kolada");

        browser.press("Hämta från Kolada");
        assertThat(browser.visible(By.id("kolada-forhandsvisning")).getText()).contains("N07403", "N07402");
        browser.checkAccessibility("kolada-preview");
        browser.screenshot("kolada-preview");

        browser.press("Spara i lägesbilden");
        assertThat(browser.mainText()).contains("Lägesbilden är sparad", "Källa: Kolada");
        assertThat(browser.driver().findElement(By.name("indicators[0].source")).getAttribute("value"))
                .isEqualTo("Kolada (N07403)");
        browser.checkAccessibility("lagesbild-from-kolada");
    }

    @Test
    void theCoordinatorAddsAnExcelFileThroughAMappingAndPreviewThatMeetWcag() throws IOException {
        cycleAtDescribeSituation();
        Path file = Files.createTempFile("polisen-", ".csv");
        Files.writeString(
                file,
                "Indikator;År;Kvinnor;Män;Totalt;Källa\r\nAnmälda hot i nära relation;2025;3;12;15;Polisen\r\n",
                Charset.forName("windows-1252"));
        try {
            browser.login("coordinator-2462");
            browser.open("/kommuner/2462/lagesbild");
            browser.follow("Lägg till siffror från en fil (CSV)");
            browser.checkAccessibility("file-upload");

            browser.press("Ladda upp och förhandsgranska");
            assertThat(browser.visible(By.cssSelector("[role=alert]")).getText())
                    .startsWith("Fil:");
            browser.checkAccessibility("file-upload-refused");

            browser.driver()
                    .findElement(By.id("fil"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.press("Ladda upp och förhandsgranska");
            assertThat(browser.visible(By.id("filrader")).getText())
                    .contains("Anmälda hot i nära relation", "färre än 5");
            browser.checkAccessibility("file-preview");
            browser.screenshot("file-preview");

            browser.press("Spara i lägesbilden");
            assertThat(browser.mainText()).contains("Lägesbilden är sparad");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theCountyOfficerFetchesTheTemplateForEveryMunicipalityAndTheOverviewMeetsWcag() {
        browser.login("county-24");
        browser.open("/lan/statistik");
        browser.checkAccessibility("county-statistics");

        browser.press("Hämta mallens indikatorer för alla kommuner");
        // The fetch runs in the background; the page is opened again until it no longer offers to follow it.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(250)).until(d -> {
            browser.open("/lan/statistik");
            return !browser.mainText().contains("Uppdatera förloppet");
        });
        assertThat(browser.mainText())
                .contains("Norsjö", "Åsele", "Källa: Kolada")
                .doesNotContain("misslyckades");
        browser.checkAccessibility("county-statistics-fetched");
        browser.screenshot("county-statistics-fetched");

        browser.open("/lan/lagesbild");
        assertThat(browser.mainText()).contains("Länets lägesbild", "Kommuner som bidrar");
        browser.checkAccessibility("county-picture");
        browser.screenshot("county-picture");
    }
}
