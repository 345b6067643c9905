package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo's first start on an empty database builds the county's past through the engine: the county officer's
 * overview shows four municipalities in four different states, the municipality pages show the decisions (approved,
 * returned, rejected), check-ins with attendance and the team's change, the small counts are suppressed, both
 * reports render, nothing is left failing, and a second start on the same database builds nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.generate-unique-name=true",
            // Camunda's REST API finds its engine by name in a JVM-wide registry: a second engine named "default" in
            // the test JVM would take over the REST API of the cached demo county context the other tests use.
            "camunda.bpm.generate-unique-process-engine-name=true",
            "camunda.bpm.job-execution.enabled=false",
            "prevention.demo.history=true"
        })
@ActiveProfiles("demo")
class DemoHistoryTest {

    static final Path DATABASE = Path.of("target", "h2", "demo-history-" + UUID.randomUUID(), "prevention");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // Always its own fresh H2 file, also with -Ppostgres: the history is built only on an empty county.
        registry.add("spring.datasource.url", DemoHistoryTest::url);
    }

    private static String url() {
        return "jdbc:h2:file:" + DATABASE.toAbsolutePath();
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOverviewShowsFourMunicipalitiesInFourStates() {
        String overview = page("/lan");

        String norsjo = row(overview, "Norsjö");
        assertThat(norsjo)
                .contains("Steg 5: Implementera, följ upp och sprid")
                .contains("Följ upp aktiviteter och mål");
        assertThat(stalled(norsjo)).isEqualTo("Nej");
        assertThat(numbers(norsjo)[4]).as("overdue actions").isPositive();

        String asele = row(overview, "Åsele");
        assertThat(asele).contains("Steg 1: Initiera samverkan").contains("Beslut om mandat och resurser");
        assertThat(stalled(asele)).isEqualTo("Ja");
        assertThat(numbers(asele)[1]).as("open decisions").isEqualTo(1);

        String sorsele = row(overview, "Sorsele");
        assertThat(sorsele).contains("Steg 1: Initiera samverkan");
        assertThat(stalled(sorsele)).isEqualTo("Nej");

        String vilhelmina = row(overview, "Vilhelmina");
        assertThat(vilhelmina).contains("Steg 4: Utveckla insatser").contains("Planera insatser med programteori");
        assertThat(stalled(vilhelmina)).isEqualTo("Nej");
        assertThat(numbers(vilhelmina)[5])
                .as("members who left in the last 12 months")
                .isEqualTo(1);

        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("iavpCycle")
                        .tenantIdIn("2462")
                        .singleResult())
                .satisfies(cycle -> assertThat(runtimeService.getVariable(cycle.getId(), "cycleNumber"))
                        .as("Vilhelmina is in its second cycle")
                        .isEqualTo(2));
        for (String code : new String[] {"2417", "2463", "2422"}) {
            assertThat(runtimeService
                            .createProcessInstanceQuery()
                            .processDefinitionKey("iavpCycle")
                            .tenantIdIn(code)
                            .singleResult())
                    .satisfies(cycle -> assertThat(runtimeService.getVariable(cycle.getId(), "cycleNumber"))
                            .isEqualTo(1));
        }
    }

    @Test
    void theMunicipalityPagesShowDecisionsCheckInsAndTheTeamsChange() {
        String norsjo = page("/kommuner/2417");
        assertThat(section(norsjo, "beslut")).contains("beslutat").contains("avslaget");
        assertThat(section(norsjo, "avstamningar")).contains("Genomförd");
        assertThat(attendances(section(norsjo, "avstamningar")))
                .as("attendance varies from month to month")
                .hasSizeGreaterThan(1);

        String asele = page("/kommuner/2463");
        assertThat(section(asele, "beslut"))
                .contains("återremitterat")
                .contains("Återremitteras: ange vilka verksamheter som avsätter tid");

        String vilhelmina = page("/kommuner/2462");
        assertThat(vilhelmina)
                .as("the second turn of the cycle, begun at step 2")
                .containsPattern("<td class=\"number\">2</td>\\s*<th scope=\"row\">Steg 2: Beskriv våld som problem");
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("teamDeparture")
                        .tenantIdIn("2462")
                        .finished()
                        .count())
                .isOne();
        assertThat(row(page("/lan"), "Vilhelmina"))
                .as("the replacement's introduction is done: none waits")
                .contains("0 av 1");
    }

    @Test
    void smallCountsAreSuppressedOnThePicturePage() {
        String picture = page("/kommuner/2417/lagesbild");
        int at = picture.indexOf("Anmäld misshandel av kvinnor i nära relation");
        assertThat(at).as("the indicator is on the page").isPositive();
        String row = picture.substring(at, picture.indexOf("</tr>", at));
        assertThat(row).contains("färre än 5");
        assertThat(row)
                .as("the raw counts (women 3, men 1, total 4) are not shown")
                .doesNotContainPattern(">\\s*[1-4]\\s*<");
    }

    @Test
    void bothReportsRender() throws IOException {
        String board = pdfText("/kommuner/2417/rapport.pdf");
        assertThat(board).contains("Norsjö").contains("färre än 5").doesNotContain("kvinnor 3");
        String countyReport = pdfText("/lan/rapport.pdf");
        assertThat(countyReport).contains("Norsjö", "Sorsele", "Vilhelmina", "Åsele");
    }

    @Test
    void nothingFailsAndTheTimersDueTomorrowKeepTheStory() {
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(managementService.createJobQuery().withException().count()).isZero();
        assertThat(managementService
                        .createJobQuery()
                        .duedateLowerThan(Date.from(java.time.Instant.now()))
                        .count())
                .as("nothing was left due for the job executor when the clock went back to real time")
                .isZero();

        ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(1))));
        try {
            for (Job due : managementService.createJobQuery().executable().list()) {
                managementService.executeJob(due.getId());
            }
            assertThat(runtimeService.createIncidentQuery().count()).isZero();
            String overview = page("/lan");
            assertThat(stalled(row(overview, "Åsele")))
                    .as("a day later, with the county officer's contact task open, Åsele still stands still")
                    .isEqualTo("Ja");
            assertThat(stalled(row(overview, "Norsjö"))).isEqualTo("Nej");
            assertThat(taskService
                            .createTaskQuery()
                            .tenantIdIn("2463")
                            .taskDefinitionKey("contactStalledMunicipality")
                            .count())
                    .as("one contact task, not one a day")
                    .isOne();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aSecondStartOnTheSameDatabaseBuildsNothing() {
        long instances = historyService.createHistoricProcessInstanceQuery().count();
        long tasks = historyService.createHistoricTaskInstanceQuery().count();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PreventionApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url(),
                        "--spring.main.web-application-type=none",
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--camunda.bpm.process-engine-name=second",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--prevention.demo.history=true",
                        "--spring.application.name=second")) {
            assertThat(second.isRunning()).isTrue();
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(historyService.createHistoricTaskInstanceQuery().count()).isEqualTo(tasks);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_GE_PROPERTY WHERE NAME_ = 'prevention.demo-history'", Integer.class))
                .isOne();
    }

    @Test
    void aSwitchThatIsNotTrueOrFalseStopsTheStartNamingTheProperty() {
        Path other = Path.of("target", "h2", "demo-history-" + UUID.randomUUID(), "prevention");
        assertThatThrownBy(() -> new SpringApplicationBuilder(PreventionApplication.class)
                        .profiles("demo")
                        .run(
                                "--spring.datasource.url=jdbc:h2:file:" + other.toAbsolutePath(),
                                "--spring.main.web-application-type=none",
                                "--spring.autoconfigure.exclude="
                                        + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                                "--camunda.bpm.process-engine-name=refused",
                                "--camunda.bpm.job-execution.enabled=false",
                                "--prevention.demo.history=sometimes")
                        .close())
                .hasStackTraceContaining("prevention.demo.history")
                .hasStackTraceContaining("sometimes");
    }

    private String page(String path) {
        ResponseEntity<String> page = session().page(path, String.class);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private String pdfText(String path) throws IOException {
        ResponseEntity<byte[]> pdf = session().page(path, byte[].class);
        assertThat(pdf.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private TasklistSession session() {
        TasklistSession session = TasklistSession.open(rest);
        assertThat(session.login("county-24", "demo")).isEqualTo(HttpStatus.OK);
        return session;
    }

    /** The overview's row of the municipality, from its name to the end of the row. */
    private static String row(String overview, String name) {
        int start = overview.indexOf(">" + name + "</a>");
        assertThat(start).as("a row for " + name).isPositive();
        return overview.substring(start, overview.indexOf("</tr>", start));
    }

    /** The "Står still" cell: the first cell that says Ja or Nej. */
    private static String stalled(String row) {
        Matcher cell = Pattern.compile("<td>(Ja|Nej)</td>").matcher(row);
        assertThat(cell.find()).isTrue();
        return cell.group(1);
    }

    /**
     * The row's numeric cells in order: days in step, open decisions, oldest decision's days, attendance, overdue
     * actions, members who left, replacements; an empty cell counts as -1.
     */
    private static int[] numbers(String row) {
        Matcher cell = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(row);
        java.util.List<Integer> values = new java.util.ArrayList<>();
        while (cell.find()) {
            String digits = cell.group(1).replaceAll("[^0-9].*$", "").trim();
            values.add(digits.isEmpty() ? -1 : Integer.parseInt(digits));
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String section(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static java.util.Set<String> attendances(String table) {
        Matcher cell = Pattern.compile("<td>(\\d+ av \\d+[^<]*)</td>").matcher(table);
        java.util.Set<String> values = new java.util.HashSet<>();
        while (cell.find()) {
            values.add(cell.group(1));
        }
        return values;
    }
}
