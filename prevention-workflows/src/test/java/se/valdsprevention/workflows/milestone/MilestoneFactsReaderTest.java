package se.valdsprevention.workflows.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.milestone.CheckInFacts;
import se.valdsprevention.core.milestone.DecisionState;
import se.valdsprevention.core.milestone.LessonsFacts;
import se.valdsprevention.core.milestone.MilestoneScore;
import se.valdsprevention.core.milestone.Milestones;
import se.valdsprevention.core.milestone.PictureFacts;
import se.valdsprevention.core.milestone.PlanFacts;
import se.valdsprevention.core.milestone.TeamFacts;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.ActivityStatus;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.plan.ProgrammeTheory;
import se.valdsprevention.core.situation.GenderEqualityAnalysis;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.team.AttendanceRates.Tally;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Norsjö's facts as the reader finds them after its team, decisions, documents, check-ins and lessons were
 * stored and the processes run on the test engine. The property gives the test a context of its own, with its
 * own engine and database, so Norsjö's data from other tests do not count.
 */
@SpringBootTest(
        classes = WorkflowsTestApplication.class,
        properties = {
            "prevention.county.name=Västerbotten",
            // A database of its own: the other tests' Norsjö (their cycles, pictures, check-ins) must not become its
            // facts.
            "spring.datasource.url=jdbc:h2:mem:milestones;DB_CLOSE_DELAY=-1"
        })
class MilestoneFactsReaderTest {

    static final String NORSJO = "2417";
    static final ZonedDateTime TODAY = LocalDateTime.of(2027, 3, 15, 10, 0).atZone(EngineClock.zone());
    static final String CYCLE_ID = "cycle-2417-1";

    @Autowired
    MunicipalityFactsReader reader;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TeamMembers teamMembers;

    @Autowired
    DecisionRevisions decisions;

    @Autowired
    SituationPictures situationPictures;

    @Autowired
    ActionPlans actionPlans;

    @BeforeEach
    void startTheDay() {
        moveClockTo(TODAY);
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void readsTheFactsOfAMunicipalityFromItsDocumentsAndTheEngineHistory() {
        registerTeam();
        confirmBasicTraining("anna");
        startOnboardingAt("erik");
        recordDecisions();
        situationPictures.save(CYCLE_ID, agreedPicture(), "coordinator-2417", instant(2027, 2, 1));
        actionPlans.save(CYCLE_ID, plan(), "coordinator-2417", instant(2027, 2, 20));
        runCheckIns();
        spreadLessons();
        moveClockTo(TODAY);

        var facts = reader.read(NORSJO);

        assertThat(facts.asOf()).isEqualTo(TODAY.toLocalDate());
        assertThat(facts.team())
                .as("five departments required by default; Erik's training is not confirmed yet")
                .isEqualTo(new TeamFacts(
                        EnumSet.of(
                                Department.SOCIAL_SERVICES,
                                Department.SCHOOL,
                                Department.LEISURE_CULTURE,
                                Department.ELDERLY_CARE,
                                Department.POLICE),
                        EnumSet.of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE),
                        3,
                        1));
        assertThat(facts.mandate())
                .as("the approved mandate counts, not the newer proposal")
                .isEqualTo(new DecisionState(DecisionStatus.APPROVED, LocalDate.of(2027, 1, 20)));
        assertThat(facts.resources()).isEqualTo(new DecisionState(DecisionStatus.PROPOSED, null));
        assertThat(facts.situationPicture())
                .isEqualTo(new PictureFacts(
                        PictureStatus.AGREED,
                        LocalDate.of(2027, 2, 1),
                        true,
                        1,
                        1,
                        1,
                        1,
                        1,
                        EnumSet.of(SocioEcologicalLevel.RELATIONSHIP, SocioEcologicalLevel.COMMUNITY)));
        assertThat(facts.actionPlan()).isEqualTo(new PlanFacts(null, 1, 1, 1, 1, 0));
        assertThat(facts.checkIns())
                .as("the check-in of September 2026 lies outside the six months; of the two since, one was held")
                .isEqualTo(new CheckInFacts(2, 1, new Tally(3, 1, 1)));
        assertThat(facts.lessons())
                .isEqualTo(new LessonsFacts(LocalDate.of(2027, 3, 10), 2, LocalDate.of(2027, 3, 10)));

        assertThat(Milestones.score(facts).scores())
                .extracting(MilestoneScore::score)
                .containsExactly(2, 1, 2, 4, 3, 3, 2, 2, 4);
    }

    @Test
    void aMunicipalityThatHasNotStartedHasOnlyItsRequiredDepartments() {
        var facts = reader.read("2422");

        assertThat(facts.team().activeMembers()).isZero();
        assertThat(facts.team().requiredDepartments()).hasSize(5);
        assertThat(facts.mandate()).isNull();
        assertThat(facts.resources()).isNull();
        assertThat(facts.situationPicture()).isNull();
        assertThat(facts.actionPlan()).isNull();
        assertThat(facts.checkIns()).isEqualTo(CheckInFacts.none());
        assertThat(facts.lessons()).isNull();
        assertThat(Milestones.score(facts).total()).isZero();
    }

    @Test
    void refusesAMunicipalityOutsideTheCounty() {
        assertThatThrownBy(() -> reader.read("0180"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0180");
    }

    private void registerTeam() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        Instant at = instant(2026, 9, 1);
        teamMembers.save(
                NORSJO,
                new TeamMember("anna", "Anna Lind", TeamRole.COORDINATOR, Department.SOCIAL_SERVICES, null, from, null),
                "coordinator-2417",
                at);
        teamMembers.save(
                NORSJO,
                new TeamMember("erik", "Erik Berg", TeamRole.TEAM_MEMBER, Department.SCHOOL, null, from, null),
                "coordinator-2417",
                at);
        teamMembers.save(
                NORSJO,
                new TeamMember("lena", "Lena Ek", TeamRole.POLICE, Department.POLICE, null, from, null),
                "coordinator-2417",
                at);
    }

    private ProcessInstance startOnboardingAt(String memberId) {
        return runtimeService
                .createProcessInstanceByKey("teamOnboarding")
                .setVariable("municipalityCode", NORSJO)
                .setVariable("memberId", memberId)
                .setVariable("memberName", memberId)
                .startBeforeActivity("confirmBasicTraining")
                .execute();
    }

    private void confirmBasicTraining(String memberId) {
        ProcessInstance onboarding = startOnboardingAt(memberId);
        as("coordinator-2417", "coordinator");
        taskService.complete(
                taskOf(onboarding, "confirmBasicTraining"),
                Map.of(
                        "trainingChecklist",
                        SpinValues.jsonValue("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]")
                                .create()));
        identityService.clearAuthentication();
    }

    private void recordDecisions() {
        LocalDate proposedOn = LocalDate.of(2027, 1, 10);
        Decision mandate = Decision.propose(proposal("ks-2027-1", DecisionType.PARTICIPATION_MANDATE), proposedOn)
                .routedTo("Kommunstyrelsen");
        decisions.append(mandate, "coordinator-2417", instant(2027, 1, 10), null);
        decisions.append(
                mandate.approve("Karin Sjöberg", LocalDate.of(2027, 1, 20)),
                "manager-2417",
                instant(2027, 1, 20),
                null);
        decisions.append(
                Decision.propose(proposal("ks-2027-4", DecisionType.PARTICIPATION_MANDATE), proposedOn),
                "coordinator-2417",
                instant(2027, 2, 5),
                null);
        decisions.append(
                Decision.propose(proposal("ks-2027-2", DecisionType.RESOURCES), proposedOn),
                "coordinator-2417",
                instant(2027, 1, 10),
                null);
    }

    private static DecisionProposal proposal(String id, DecisionType type) {
        return new DecisionProposal(
                id,
                type,
                NORSJO,
                "Anna Lind",
                null,
                "Våldsförebyggande arbete 2027",
                "Kommunen deltar i länets våldsförebyggande arbete.",
                type == DecisionType.PARTICIPATION_MANDATE ? "Samordnaren leder kommunteamet." : null,
                new Resources(new BigDecimal("40000"), new BigDecimal("200")),
                LocalDate.of(2027, 12, 1),
                List.of());
    }

    private static SituationPicture agreedPicture() {
        return new SituationPicture(
                NORSJO,
                ReportingPeriod.ofYear(2026),
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                PictureStatus.AGREED,
                "Kommunteamet",
                LocalDate.of(2027, 2, 1),
                List.of(new Indicator(
                        "reportedAssaults",
                        "Anmälda misshandelsbrott i nära relation",
                        "Brå",
                        Unit.CASES,
                        true,
                        PyramidLevel.SERIOUS_VIOLENCE,
                        new BigDecimal("3"),
                        new BigDecimal("9"),
                        new BigDecimal("12"),
                        null)),
                List.of(),
                new GenderEqualityAnalysis("Kvinnor utsätts oftare för våld i nära relation.", null, null),
                List.of(new RiskFactor(SocioEcologicalLevel.COMMUNITY, "Få mötesplatser för unga.", true)),
                List.of(new ProtectiveFactor(
                        SocioEcologicalLevel.RELATIONSHIP, "Starka band mellan skola och föräldrar.", false)),
                List.of());
    }

    private static ActionPlan plan() {
        ReportingPeriod period = ReportingPeriod.ofYear(2027);
        Goal goal = new Goal(
                "fewerAssaults",
                "Färre anmälda misshandelsbrott i nära relation",
                "reportedAssaults",
                new BigDecimal("12"),
                new BigDecimal("8"),
                LocalDate.of(2027, 12, 31));
        Activity activity = new Activity(
                "mentorsInViolencePrevention",
                "Mentorer i våldsprevention på högstadiet",
                Department.SCHOOL,
                "rektor",
                period,
                new Resources(new BigDecimal("40000"), new BigDecimal("120")),
                null,
                PreventionLevel.UNIVERSAL,
                PreventionKind.SOCIAL,
                AmbitionLevel.AVANCERAD,
                new ProgrammeTheory(
                        "Normer om våld formas i tonåren.",
                        "Elever leder samtal om våld och jämställdhet.",
                        "Fler elever säger ifrån.",
                        "Mindre våld i nära relationer."));
        return new ActionPlan(
                NORSJO,
                period,
                "Norsjö är fritt från våld.",
                List.of(goal),
                List.of(activity),
                List.of(new ProductionFollowUp(activity.id(), ActivityStatus.IN_PROGRESS, null)),
                List.of());
    }

    /** A check-in before the six months, one held in January (Erik absent, a substitute for Lena), one not held. */
    private void runCheckIns() {
        moveClockTo(LocalDateTime.of(2026, 9, 10, 9, 0).atZone(EngineClock.zone()));
        startCheckIn();
        moveClockTo(LocalDateTime.of(2027, 1, 12, 9, 0).atZone(EngineClock.zone()));
        ProcessInstance january = startCheckIn();
        Map<String, Object> protocol = new HashMap<>();
        protocol.put("meetingDate", "2027-01-12");
        protocol.put("present", "anna");
        protocol.put("absent", "erik");
        protocol.put("substitutes", "lena: Per Nord");
        protocol.put("notes", "Teamet gick igenom lägesbilden.");
        as("officer-24", "county-officer");
        taskService.complete(taskOf(january, "holdCheckIn"), protocol);
        identityService.clearAuthentication();
        moveClockTo(LocalDateTime.of(2027, 2, 12, 9, 0).atZone(EngineClock.zone()));
        startCheckIn();
    }

    private ProcessInstance startCheckIn() {
        return runtimeService.startProcessInstanceByKey(
                "checkIn", Map.of("municipalityCode", NORSJO, "cycleId", CYCLE_ID, "currentStep", "Steg 5"));
    }

    private void spreadLessons() {
        moveClockTo(LocalDateTime.of(2027, 3, 10, 14, 0).atZone(EngineClock.zone()));
        ProcessInstance cycle = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", NORSJO)
                .setVariable("cycleLabel", "2027")
                .setVariable("cycleNumber", 1)
                .setVariable("cycleId", CYCLE_ID)
                .startBeforeActivity("spreadLessons")
                .execute();
        as("coordinator-2417", "coordinator");
        taskService.complete(
                taskOf(cycle, "spreadLessons"),
                Map.of(
                        "lessons",
                        "Eleverna vill fortsätta.",
                        "spreadChannels",
                        SpinValues.jsonValue("[\"LEADERSHIP\",\"COUNTY\"]").create(),
                        "nextCycle",
                        "STEP_2",
                        "nextCycleLabel",
                        "2028"));
        identityService.clearAuthentication();
    }

    private String taskOf(ProcessInstance instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private void as(String user, String group) {
        identityService.setAuthentication(user, List.of(group), List.of(NORSJO));
    }

    private static Instant instant(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(12, 0)
                .atZone(EngineClock.zone())
                .toInstant();
    }

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }
}
