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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Länsöversikt: Norsjö waits for its mandate decision in step 1 since 5 days, Sorsele has stood still in step 3 for
 * 45 days (the stall rule says so); the county officer sorts and filters the table by query parameters, the server
 * refuses what is no column, order or status, and everyone else is refused the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyOverviewPageTest extends WorkspaceTest {

    static final String TABLE = "#lansoversikt";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TeamMembers teamMembers;

    @Autowired
    MeetingRevisions meetings;

    @Autowired
    DecisionRevisions decisions;

    CountyOverviewFixture county;

    @BeforeAll
    void twoMunicipalitiesInDifferentSteps() {
        county = new CountyOverviewFixture(runtimeService, managementService, identityService);
        CountyOverviewFixture.dayAfterStart(0);
        String sorsele = county.startAt("2422", "Sorsele 2027", "identifyRiskAndProtectiveFactors");
        CountyOverviewFixture.dayAfterStart(40);
        String norsjo = county.startAt("2417", "Norsjö 2027", "decideMandate");
        CountyOverviewFixture.dayAfterStart(45);
        county.runProgressCheck(sorsele);
        county.runProgressCheck(norsjo);
    }

    @AfterAll
    void cleanUp() {
        county.deleteStarted();
    }

    @Test
    void oneRowPerMunicipalityWithItsStepTaskDaysStallAndOpenDecision() {
        Document page = officer().get("/lan").document();

        assertThat(page.select(TABLE + " caption").text()).isEqualTo("Kommunerna i länet – Alla kommuner");
        assertThat(names(page)).containsExactly("Norsjö", "Sorsele");
        assertThat(cells(page, "Norsjö").subList(0, 6))
                .containsExactly(
                        "Norsjö 2027",
                        "Steg 1: Initiera samverkan Beslut om mandat och resurser",
                        "5",
                        "Nej",
                        "1",
                        "5");
        assertThat(cells(page, "Sorsele").subList(0, 4))
                .containsExactly(
                        "Sorsele 2027",
                        "Steg 3: Identifiera förändringsfaktorer Identifiera risk- och skyddsfaktorer",
                        "45",
                        "Ja");
        assertThat(page.selectFirst(TABLE + " tbody th a[href$=/kommuner/2417]"))
                .isNotNull();
        List<String> norsjo = cells(page, "Norsjö");
        assertThat(norsjo.get(norsjo.size() - 1))
                .as("the milestone score and what the first milestone below 4 lacks")
                .matches("\\d+ av 36 Nästa: .+ \\([0-3] av 4\\): .+");
        assertThat(officer().get("/lan?sortera=milstolpar&ordning=fallande").status())
                .isEqualTo(200);
    }

    @Test
    void theChartsOfLeadTimesAttendanceAndDecisionsStandInlineWithTheirFiguresAsATable() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(se.valdsprevention.workflows.engine.EngineClock.zone());
        Decision proposed = Decision.propose(
                new DecisionProposal(
                        "beslut-" + run,
                        DecisionType.RESOURCES,
                        "2417",
                        "coordinator-2417",
                        "manager",
                        "Resurser " + run,
                        "Två timmar i veckan.",
                        null,
                        Resources.none(),
                        today.plusMonths(6),
                        List.of()),
                today);
        decisions.append(proposed, "coordinator-2417", Instant.now(), "test-" + run);
        decisions.append(
                proposed.routedTo("manager").reject("manager-2417", today, "Ingen budget i år."),
                "manager-2417",
                Instant.now(),
                "test-" + run);

        Document page = officer().get("/lan").document();

        assertThat(page.select("#diagram h2").text()).isEqualTo("Diagram");
        assertThat(page.select("#diagram figure.chart").eachAttr("id"))
                .containsExactly("diagram-ledtider", "diagram-narvaro", "diagram-beslut");
        for (Element figure : page.select("#diagram figure.chart")) {
            assertThat(figure.select("figcaption").text()).isNotBlank();
            if (figure.selectFirst("svg") == null) {
                assertThat(figure.select("p.chart-empty").text()).endsWith("att visa.");
            } else {
                assertThat(figure.select("svg").attr("role")).isEqualTo("img");
                assertThat(figure.select("svg > title").text())
                        .isEqualTo(figure.select("figcaption").text());
                assertThat(figure.select("svg > desc").text()).startsWith("Liggande stapeldiagram");
                assertThat(figure.select("table.visually-hidden caption").text())
                        .startsWith("Siffrorna i diagrammet");
            }
        }
        Element decided = page.selectFirst("#diagram-beslut");
        assertThat(decided.select("svg > title").text()).isEqualTo("Beslut per utfall och kommun");
        assertThat(decided.select("svg > desc").text()).contains("Norsjö:");
        assertThat(decided.select("table thead th").eachText())
                .containsExactly("Kommun", "Beslutat", "Återremitterat", "Avslaget", "Väntar på beslut");
        List<String> norsjo = decided.select("table tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("Norsjö"))
                .findFirst()
                .orElseThrow()
                .select("td")
                .eachText();
        assertThat(Integer.parseInt(norsjo.get(2)))
                .as("rejected decisions of Norsjö")
                .isPositive();
        assertThat(page.select("svg [id]").eachAttr("id"))
                .as("ids inside each chart are its own")
                .doesNotHaveDuplicates();
    }

    @Test
    void aHeldCheckInWithAnOverdueActionAndAMemberWhoLeftShowInTheRow() {
        PageSession officer = officer();
        List<String> before = cells(officer.get("/lan").document(), "Norsjö");
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = CountyOverviewFixture.START.toLocalDate();
        TeamMember stays = member("kvar-" + run, start, null);
        TeamMember left = member("slutat-" + run, start.minusDays(30), start.plusDays(30));
        teamMembers.save("2417", stays, "test", Instant.now());
        teamMembers.save("2417", left, "test", Instant.now());
        meetings.append(
                new Meeting(
                        "mote-" + run,
                        "2417",
                        start.plusDays(44),
                        List.of("Läget i steg 1"),
                        List.of(new Attendance(stays.id(), AttendanceStatus.PRESENT, null)),
                        null,
                        List.of(new MeetingAction(
                                "atgard-" + run,
                                "Boka möte med kommunchefen.",
                                stays.id(),
                                start.plusDays(40),
                                ActionStatus.OPEN))),
                "test",
                Instant.now(),
                "test-" + run);

        List<String> after = cells(officer.get("/lan").document(), "Norsjö");

        assertThat(after.get(6)).isEqualTo(CountyOverviewFixture.date(44));
        assertThat(after.get(7)).endsWith(" %");
        assertThat(Integer.parseInt(after.get(8))).isEqualTo(Integer.parseInt(before.get(8)) + 1);
        assertThat(Integer.parseInt(after.get(9))).isEqualTo(Integer.parseInt(before.get(9)) + 1);
    }

    private static TeamMember member(String id, LocalDate from, LocalDate to) {
        return new TeamMember(id, "Medlem " + id, TeamRole.TEAM_MEMBER, Department.SCHOOL, null, from, to);
    }

    @Test
    void daysInTheStepFollowTheEngineClock() {
        CountyOverviewFixture.dayAfterStart(52);
        try {
            Document page = officer().get("/lan?sortera=dagar").document();

            assertThat(cells(page, "Norsjö").get(2)).isEqualTo("12");
            assertThat(cells(page, "Sorsele").get(2)).isEqualTo("52");
        } finally {
            CountyOverviewFixture.dayAfterStart(45);
        }
    }

    @Test
    void sortsByAnyColumnBothWaysAndMarksTheSortedColumn() {
        PageSession officer = officer();

        assertThat(names(officer.get("/lan?sortera=dagar&ordning=fallande").document()))
                .containsExactly("Sorsele", "Norsjö");
        assertThat(names(officer.get("/lan?sortera=dagar&ordning=stigande").document()))
                .containsExactly("Norsjö", "Sorsele");
        assertThat(names(officer.get("/lan?sortera=steg&ordning=fallande").document()))
                .containsExactly("Sorsele", "Norsjö");
        assertThat(names(officer.get("/lan?sortera=beslut&ordning=fallande").document()))
                .containsExactly("Norsjö", "Sorsele");
        assertThat(names(officer.get("/lan?sortera=stillastaende&ordning=fallande")
                        .document()))
                .containsExactly("Sorsele", "Norsjö");
        assertThat(names(officer.get("/lan?sortera=kommun&ordning=fallande").document()))
                .containsExactly("Sorsele", "Norsjö");

        Document sorted = officer.get("/lan?sortera=dagar&ordning=fallande").document();
        assertThat(sorted.select(TABLE + " thead th[aria-sort]")).hasSize(1);
        Element days = sorted.selectFirst(TABLE + " thead th[aria-sort]");
        assertThat(days.text()).isEqualTo("Dagar i steget");
        assertThat(days.attr("aria-sort")).isEqualTo("descending");
        assertThat(days.selectFirst("a").attr("href")).endsWith("/lan?sortera=dagar&ordning=stigande&status=alla");
        assertThat(sorted.select(TABLE + " thead th[scope=col]")).hasSize(OverviewColumn.values().length);
    }

    @Test
    void filtersByStatusAndKeepsTheSortInTheFilterForm() {
        PageSession officer = officer();

        assertThat(names(officer.get("/lan?status=stillastaende").document())).containsExactly("Sorsele");
        assertThat(names(officer.get("/lan?status=pagaende").document())).containsExactly("Norsjö");
        Page none = officer.get("/lan?status=utan-cykel");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.document().select(TABLE)).isEmpty();
        assertThat(none.document().select("#inga-kommuner").text()).contains("Ingen pågående cykel");

        Document sorted =
                officer.get("/lan?sortera=dagar&ordning=fallande&status=alla").document();
        assertThat(sorted.select("form.overview-filter input[name=sortera]").attr("value"))
                .isEqualTo("dagar");
        assertThat(sorted.select("form.overview-filter input[name=ordning]").attr("value"))
                .isEqualTo("fallande");
    }

    @Test
    void unknownSortOrderOrStatusIsABadRequestWithASwedishMessageAndTheDefaultTable() {
        PageSession officer = officer();

        Page badSort = officer.get("/lan?sortera=hackad&ordning=fallande");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.document().select("[role=alert]").text())
                .contains("Det går inte att sortera efter ”hackad”")
                .contains("dagar");
        assertThat(names(badSort.document())).containsExactly("Sorsele", "Norsjö");

        Page badOrder = officer.get("/lan?sortera=dagar&ordning=upp");
        assertThat(badOrder.status()).isEqualTo(400);
        assertThat(badOrder.document().select("[role=alert]").text()).contains("Ordningen ”upp” finns inte");
        assertThat(names(badOrder.document())).containsExactly("Norsjö", "Sorsele");

        Page badStatus = officer.get("/lan?status=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).doesNotContain("<script>alert(1)");
        assertThat(badStatus.document().select("[role=alert]").text()).contains("Statusen ”<script>alert(1)</script>”");
        assertThat(names(badStatus.document())).containsExactly("Norsjö", "Sorsele");
        assertThat(badStatus.document().select("#diagram figure.chart").eachAttr("id"))
                .as("the charts stand with the default table")
                .containsExactly("diagram-ledtider", "diagram-narvaro", "diagram-beslut");

        Page longValue = officer.get("/lan?sortera=" + "x".repeat(500));
        assertThat(longValue.status()).isEqualTo(400);
        assertThat(longValue.document().select("[role=alert]").text())
                .contains("x".repeat(40) + "…")
                .doesNotContain("x".repeat(41));

        Page repeated = officer.get("/lan?sortera=dagar&sortera=steg");
        assertThat(repeated.status()).isEqualTo(400);
    }

    @Test
    void aCoordinatorIsRefusedTheOverviewAndDoesNotSeeItInTheMenu() {
        PageSession coordinator = loggedIn("coordinator-2417");

        Page refused = coordinator.get("/lan");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("Länsöversikten är till för länsstyrelsen");
        assertThat(coordinator.get("/").document().select("nav a[href$=/lan]")).isEmpty();
        assertThat(officer().get("/").document().select("nav a[href$=/lan]").text())
                .isEqualTo("Länsöversikt");
    }

    @Test
    void anAdministratorSeesTheOverviewToo() {
        Page page = loggedIn("admin").get("/lan");

        assertThat(page.status()).isEqualTo(200);
    }

    private PageSession officer() {
        return loggedIn("county-24");
    }

    private static List<String> names(Document page) {
        return page.select(TABLE + " tbody th[scope=row]").eachText();
    }

    private static List<String> cells(Document page, String municipality) {
        return page.select(TABLE + " tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(municipality))
                .findFirst()
                .orElseThrow()
                .select("td")
                .eachText();
    }
}
