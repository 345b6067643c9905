package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The municipality page: each cycle's steps with start, end and lead time from the engine's history, its decisions,
 * check-ins and documents; a municipality the user does not work for does not exist.
 */
class MunicipalityPageTest extends WorkspaceTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    DecisionRevisions decisions;

    @Autowired
    MeetingRevisions meetings;

    CountyOverviewFixture county;

    @BeforeEach
    void fixture() {
        county = new CountyOverviewFixture(runtimeService, managementService, identityService);
    }

    @AfterEach
    void cleanUp() {
        county.deleteStarted();
    }

    @Test
    void theTimelineShowsEachStepWithStartEndAndLeadTimeInDays() {
        CountyOverviewFixture.dayAfterStart(0);
        String cycle = county.startAt("2422", "Sorsele tidslinje", "identifyRiskAndProtectiveFactors");
        CountyOverviewFixture.dayAfterStart(9);
        county.moveOn(cycle, "identifyFactors", "developInterventions");
        CountyOverviewFixture.dayAfterStart(12);

        Page page = loggedIn("county-24").get("/kommuner/2422");

        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        var section = document.select("section.cycle").stream()
                .filter(s -> s.selectFirst("h3").text().equals("Sorsele tidslinje"))
                .findFirst()
                .orElseThrow();
        assertThat(section.select(".started").text()).isEqualTo(CountyOverviewFixture.date(0));
        assertThat(section.select(".ended").text()).isEqualTo("pågår");
        assertThat(section.select("tbody tr").eachText())
                .containsExactly(
                        "1 Steg 3: Identifiera förändringsfaktorer " + CountyOverviewFixture.date(0) + " "
                                + CountyOverviewFixture.date(9) + " 9",
                        "1 Steg 4: Utveckla insatser " + CountyOverviewFixture.date(9) + " pågår 3");
        Element leadTimes = document.selectFirst("#diagram-ledtider");
        assertThat(leadTimes.select("svg > title").text()).isEqualTo("Ledtid per steg i handboken och cykel");
        List<String> series = leadTimes.select("table thead th").eachText();
        int column = series.indexOf("Sorsele tidslinje") - 1;
        assertThat(column).as("a series for the cycle").isNotNegative();
        var rows = leadTimes.select("table tbody tr");
        assertThat(rows.get(2).selectFirst("th").text()).isEqualTo("Steg 3: Identifiera förändringsfaktorer");
        assertThat(rows.get(2).select("td").get(column).text()).isEqualTo("9 dagar");
        assertThat(rows.get(3).select("td").get(column).text())
                .as("a step that runs has no lead time yet")
                .isEqualTo("–");
        assertThat(document.select("#dokument a").eachAttr("href"))
                .containsExactly(
                        "/kommuner/2422/lagesbild",
                        "/kommuner/2422/handlingsplan",
                        "/kommuner/2422/avstamningar",
                        "/kommuner/2422/rapport.pdf");
    }

    @Test
    void itsDecisionsWithOutcomeAndItsCheckInsWithAttendanceAreListed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(EngineClock.zone());
        DecisionProposal proposal = new DecisionProposal(
                "beslut-" + run,
                DecisionType.RESOURCES,
                "2422",
                "coordinator-2422",
                "manager",
                "Resurser för skolinsatsen " + run,
                "Två timmar i veckan för skolans kontaktperson.",
                null,
                Resources.none(),
                today.plusMonths(6),
                List.of());
        Decision proposed = Decision.propose(proposal, today);
        decisions.append(proposed, "coordinator-2422", Instant.now(), "test-" + run);
        decisions.append(
                proposed.routedTo("manager").reject("manager-2422", today, "Ingen budget i år."),
                "manager-2422",
                Instant.now(),
                "test-" + run);
        meetings.append(
                new Meeting(
                        "mote-" + run,
                        "2422",
                        today,
                        List.of("Läget"),
                        List.of(
                                new Attendance("a-" + run, AttendanceStatus.PRESENT, null),
                                new Attendance("b-" + run, AttendanceStatus.SUBSTITUTE, "Per Nord"),
                                new Attendance("c-" + run, AttendanceStatus.ABSENT, null)),
                        null,
                        List.of()),
                "coordinator-2422",
                Instant.now(),
                "test-" + run);

        Document page = loggedIn("county-24").get("/kommuner/2422").document();

        assertThat(page.select("#beslut tbody tr").eachText())
                .contains("Resurser för skolinsatsen " + run + " resurser avslaget " + today + " Ingen budget i år.");
        assertThat(page.select("#avstamningar tbody tr a[href$=/kommuner/2422/avstamningar/mote-" + run + "]")
                        .first()
                        .closest("tr")
                        .text())
                .isEqualTo(today + " Genomförd 1 av 3 (1 ersättare)");

        Element decided = page.selectFirst("#diagram-beslut");
        assertThat(decided.select("svg").attr("role")).isEqualTo("img");
        assertThat(decided.select("svg > title").text()).isEqualTo("Beslut per utfall");
        assertThat(decided.select("table.visually-hidden tbody th").eachText())
                .containsExactly("Beslutat", "Återremitterat", "Avslaget", "Väntar på beslut");
        assertThat(Integer.parseInt(decided.select("table tbody tr")
                        .get(2)
                        .selectFirst("td")
                        .text()))
                .as("rejected decisions")
                .isPositive();
        Element attendance = page.selectFirst("#diagram-narvaro");
        assertThat(attendance.select("svg > desc").text()).contains("Själva 33 %, Själva eller ersättare 67 %");
        assertThat(attendance.select("table tbody tr").eachText())
                .anyMatch(row ->
                        row.matches(java.util.regex.Pattern.quote(today.toString()) + "( \\(\\d+\\))? 33 % 67 %"));
    }

    @Test
    void aCoordinatorSeesTheirOwnMunicipalityAndNotAForeignOne() {
        var coordinator = loggedIn("coordinator-2422");

        assertThat(coordinator.get("/kommuner/2422").status()).isEqualTo(200);
        Page foreign = coordinator.get("/kommuner/2417");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.mainText()).contains("Det finns ingen kommun med koden 2417");
        assertThat(coordinator.get("/kommuner/9999").status()).isEqualTo(404);
    }

    @Test
    void theMunicipalityPageDoesNotShadowItsDocumentPages() {
        var officer = loggedIn("county-24");

        assertThat(officer.get("/kommuner/2417/avstamningar").status()).isEqualTo(200);
        assertThat(officer.get("/kommuner/2417").document().select("h1").text()).isEqualTo("Norsjö");
    }
}
