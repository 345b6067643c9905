package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valdsprevention.app.DemoCountyTest;

/**
 * The workspace pages in a real Swedish Chromium, each checked with axe-core against WCAG 2.1 AA, with a
 * screenshot of every page for the user guide.
 */
class WorkspaceBrowserTest extends DemoCountyTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    private TasklistBrowser browser;

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
    }

    @Test
    void theLoginPageAndEachRolesStartPageMeetWcag() {
        browser.open("/");
        browser.visible(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.checkAccessibility("login");
        browser.screenshot("login");

        browser.login("coordinator-2417");
        browser.open("/");
        assertThat(browser.visible(By.cssSelector("main h1")).getText()).isEqualTo("Mina kommuner");
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .contains("Norsjö")
                .doesNotContain("Sorsele");
        browser.checkAccessibility("home-coordinator");
        browser.screenshot("home-coordinator");
    }

    @Test
    void loggingOutInTasklistLeadsToTheWorkspaceLoginAndEndsBothSessions() {
        browser.login("manager-2417");
        browser.click(By.cssSelector(".account .dropdown-toggle, [cam-widget-header] .account > a"));
        browser.click(By.xpath("//a[normalize-space()='Logga ut']"));

        browser.visible(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        browser.screenshot("after-tasklist-logout");
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theCountyOfficerFollowsEveryMunicipalityFromTheStartPage() {
        browser.login("county-24");
        browser.open("/");

        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .contains("Norsjö", "Sorsele", "Vilhelmina", "Åsele");
        browser.checkAccessibility("home-county-officer");
        browser.screenshot("home-county-officer");

        browser.open("/lan?sortera=dagar&ordning=fallande");
        assertThat(browser.mainText()).contains("Länsöversikt", "Norsjö", "Sorsele", "Vilhelmina", "Åsele", "av 36");
        browser.checkAccessibility("county-overview");
        browser.screenshot("county-overview");

        browser.follow("Norsjö");
        assertThat(browser.visible(By.cssSelector("main h1")).getText()).contains("Norsjö");
        browser.checkAccessibility("municipality-page");
        browser.screenshot("municipality-page");
    }

    @Test
    void theCheckInProtocolAndItsRefusalsMeetWcag() {
        // The monthly timer starts check-ins; the test starts one as the timer does, then only the browser acts.
        String checkIn = runtimeService
                .startProcessInstanceByKey(
                        "checkIn", Map.of("municipalityCode", "2422", "cycleId", "wcag-2422", "currentStep", "Steg 2"))
                .getId();

        browser.login("coordinator-2422");
        browser.open("/kommuner/2422/avstamningar/" + checkIn);
        browser.visible(By.cssSelector("main form"));
        browser.checkAccessibility("checkin-protocol");
        browser.screenshot("checkin-protocol");

        browser.fill("agenda", "");
        browser.press("Spara utkast");
        assertThat(browser.visible(By.cssSelector("[role=alert]")).getText()).contains("Dagordning");
        browser.checkAccessibility("checkin-protocol-refused");
        browser.screenshot("checkin-protocol-refused");
    }

    @Test
    void theCountyOfficersMethodFormMeetsWcag() {
        browser.login("county-24");
        browser.open("/metodbank/ny");
        browser.visible(By.cssSelector("main form"));
        browser.checkAccessibility("method-new");

        browser.press("Spara");
        assertThat(browser.visible(By.cssSelector("[role=alert]")).getText()).isNotBlank();
        browser.checkAccessibility("method-new-refused");
        browser.screenshot("method-new-refused");
    }

    @Test
    void aMunicipalityOfAnotherTeamIsNotFoundInSwedish() {
        browser.login("coordinator-2422");
        browser.open("/kommuner/2417/lagesbild");

        assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
                .contains("Sidan finns inte");
        browser.checkAccessibility("not-found");
    }
}
