package se.valdsprevention.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Gives the demo county a past: on the first start of the {@code demo} profile (no process instance of the county
 * in the engine's history yet, {@code prevention.demo.history: true}) it plays about 22 months of work through the
 * real processes, moving the engine's clock ({@code ClockUtil}) from {@link #MONTHS_OF_HISTORY} months ago to now and
 * back to real time at the end. Every task is completed by the demo user of the task's role, with that user's
 * groups and tenant, so the forms' server checks, the four-eyes rule and the authorizations apply as in Tasklist;
 * timers (monthly check-ins, decision reminders, overdue actions, decision follow-ups, the 30-day talk of a new
 * member) are executed as they fall due.
 *
 * <p>The four stories, as the user guide tells them:
 *
 * <ul>
 *   <li><b>Vilhelmina (2462), second cycle.</b> Started 22 months ago; a leisure officer (Ida Berg) joined the team
 *       early. The first cycle went through all five steps (mandate, an agreed situation picture, factors, a plan,
 *       goals in the steering documents, the plan followed up, lessons spread) and the second started at step 2
 *       with a new picture. In the second cycle Ida Berg left; the kommunchef appointed Omar Said, whose
 *       introduction is done. It now plans its interventions (step 4).
 *   <li><b>Norsjö (2417), step 5.</b> Its mandate was returned by the kommunchef (hours per department missing),
 *       proposed again and approved; a separate request for resources was rejected. The plan has goals with
 *       baseline and target and three activities; the board chair adopted the goals into the steering documents
 *       after a reminder. Monthly check-ins with varying attendance; some agreed actions are overdue.
 *   <li><b>Åsele (2463), stalled.</b> Started seven months ago; the kommunchef returned the mandate four months ago
 *       and nobody has reworked it, so the decision still waits and step 1 has not moved for longer than the
 *       stall rule allows: the county officer has a task to contact the municipality. Check-ins are poorly attended.
 *   <li><b>Sorsele (2422), early.</b> Started two and a half months ago, in step 1: the team is being formed and a
 *       newcomer (Elin Sjöberg, leisure) is being introduced.
 * </ul>
 *
 * <p>A start builds the history only once: it first claims the row {@value #CLAIM} in the engine's property table
 * (a primary key, so of two nodes starting together only one gets it) and builds in the same transaction, so a
 * failure leaves nothing half-built and a node that loses the race skips. Only the daily stall check is run once at
 * the end instead of every day; every other timer still due has been executed, so what the job executor finds later
 * is tomorrow's work.
 */
@Component
@Profile("demo")
class DemoHistory implements InitializingBean {

    static final String CLAIM = "prevention.demo-history";
    static final int MONTHS_OF_HISTORY = 22;

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoProperties properties;
    private final CountyProperties county;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final SituationPictures pictures;
    private final ActionPlans plans;
    private final TeamMembers teamMembers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    private DemoStage stage;
    private LocalDate today;
    private final Map<String, Integer> checkInsHeld = new HashMap<>();

    DemoHistory(
            DemoUsers usersInPlace,
            DemoProperties properties,
            CountyProperties county,
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            ManagementService managementService,
            HistoryService historyService,
            SituationPictures pictures,
            ActionPlans plans,
            TeamMembers teamMembers,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.county = county;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.pictures = pictures;
        this.plans = plans;
        this.teamMembers = teamMembers;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.isHistory()) {
            buildIfFirstStart();
        }
    }

    /** The first day of the history for a demo started on {@code today}: the demo team's members join then. */
    static LocalDate firstDay(LocalDate today) {
        return today.minusMonths(MONTHS_OF_HISTORY);
    }

    /** Builds the history when the county has none; true when this call built it. */
    boolean buildIfFirstStart() {
        if (countyHasProcesses()) {
            LOG.info("Demo history: the county already has processes, nothing to build");
            return false;
        }
        long started = System.nanoTime();
        try {
            Boolean built = transaction.execute(status -> {
                if (!claim() || countyHasProcesses()) {
                    status.setRollbackOnly();
                    return false;
                }
                play();
                return true;
            });
            if (Boolean.TRUE.equals(built)) {
                LOG.info(
                        "Demo history: {} months for {} municipalities built in {} ms ({} tasks completed, {} jobs run)",
                        MONTHS_OF_HISTORY,
                        county.getMunicipalities().size(),
                        (System.nanoTime() - started) / 1_000_000,
                        stage.completedTasks(),
                        stage.executedJobs());
                return true;
            }
            LOG.info("Demo history: another start has built it or is building it, nothing to build");
            return false;
        } catch (DataAccessException lost) {
            LOG.info("Demo history: another start holds the claim ({}), nothing to build", lost.getMessage());
            return false;
        } catch (RuntimeException failed) {
            // Everything was rolled back; the demo starts with an empty county rather than not at all.
            LOG.error("Demo history: building it failed, the demo county starts empty", failed);
            return false;
        } finally {
            ClockUtil.reset();
            identityService.clearAuthentication();
            stage = null;
        }
    }

    private boolean countyHasProcesses() {
        return historyService
                        .createHistoricProcessInstanceQuery()
                        .tenantIdIn(county.municipalityCodes().toArray(String[]::new))
                        .count()
                > 0;
    }

    /** Inserts the claim row; false when it is there already (a duplicate key is the other node's claim). */
    private boolean claim() {
        Integer present =
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY WHERE NAME_ = ?", Integer.class, CLAIM);
        if (present != null && present > 0) {
            return false;
        }
        jdbc.update(
                "INSERT INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES (?, ?, 1)",
                CLAIM,
                Instant.now().toString());
        return true;
    }

    private void play() {
        Instant end = Instant.now();
        today = LocalDate.ofInstant(end, EngineClock.zone());
        LocalDate first = firstDay(today);
        ClockUtil.setCurrentTime(java.util.Date.from(
                first.atTime(8, 0).atZone(EngineClock.zone()).toInstant()));
        stage = new DemoStage(
                runtimeService, taskService, identityService, managementService, county.municipalityCodes());
        reactions();
        vilhelmina("2462", "Vilhelmina");
        norsjo("2417", "Norsjö");
        asele("2463", "Åsele");
        sorsele("2422", "Sorsele");
        stage.playUntil(end);
        stage.runStallChecks();
    }

    private LocalDate ago(int days) {
        return today.minusDays(days);
    }

    // ---- What the users do whenever the engine gives them something ----

    private void reactions() {
        stage.whenTaskAppears(
                "holdCheckIn", task -> stage.at(EngineClock.today().plusDays(2), 10, () -> hold(task)));
        stage.whenTaskAppears(
                "readOutcome",
                task -> stage.at(EngineClock.today().plusDays(1), 8, () -> {
                    stage.completeTask(task, task.getAssignee(), "coordinator", Map.of());
                }));
        stage.whenTaskAppears(
                "remindDecider",
                task -> stage.at(EngineClock.today().plusDays(1), 8, () -> {
                    if (open(task)) {
                        String group = (String) stage.variable(task.getProcessInstanceId(), "deciderGroup");
                        stage.completeTask(task, decider(task.getTenantId(), group), group, Map.of());
                    }
                }));
        stage.whenTaskAppears(
                "followUpDecision",
                task -> stage.at(EngineClock.today().plusDays(6), 13, () -> {
                    stage.completeTask(
                            task,
                            task.getAssignee(),
                            "coordinator",
                            Map.of(
                                    "mandateUsed",
                                    "Ja, teamet har arbetat enligt beslutet.",
                                    "spentSek",
                                    30_000,
                                    "spentHours",
                                    140,
                                    "effect",
                                    "Alla verksamheter i teamet har deltagit i arbetet."));
                }));
        stage.whenTaskAppears(
                "checkInAfterThirtyDays",
                task -> stage.at(EngineClock.today().plusDays(3), 11, () -> {
                    stage.completeTask(
                            task,
                            "coordinator-" + task.getTenantId(),
                            "coordinator",
                            Map.of("thirtyDayNote", "Har kommit in bra i teamet och tagit över sina uppgifter."));
                }));
    }

    private boolean open(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).count() > 0;
    }

    /**
     * The county officer holds the check-in: who came varies from month to month (Åsele's team comes least), and
     * each meeting agrees one or two actions, most of them done in time by their owner, some left undone (Norsjö and
     * Åsele), which become overdue and are followed up by the team.
     */
    private void hold(Task task) {
        String code = task.getTenantId();
        int number = checkInsHeld.merge(code, 1, Integer::sum);
        LocalDate date = EngineClock.today();
        List<TeamMember> active = teamMembers.team(code).activeMembers(date);
        int absenceEvery = switch (code) {
            case "2463" -> 2;
            case "2417" -> 3;
            default -> 4;
        };
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> substitutes = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            String id = active.get(i).id();
            if (id.startsWith("coordinator-") || (number + i) % absenceEvery != 0) {
                present.add(id);
            } else if (id.startsWith("police-") && number % 2 == 0) {
                substitutes.add(id + ": Kim Ek, kommunpolis");
            } else {
                absent.add(id);
            }
        }
        Map<String, Object> protocol = new HashMap<>();
        protocol.put("meetingDate", date.toString());
        protocol.put("present", String.join("\n", present));
        protocol.put("absent", String.join("\n", absent));
        protocol.put("substitutes", String.join("\n", substitutes));
        protocol.put("notes", "Läget i steget gicks igenom; teamet berättade om arbetet sedan förra avstämningen.");
        String[] actions = {
            "Boka möte med rektorerna om skolenkäten",
            "Skicka underlaget till kommunchefen",
            "Bjud in civilsamhället till nästa teammöte",
            "Ta fram polisens siffror för halvåret"
        };
        String[] owners = {"team-" + code, "coordinator-" + code, "team-" + code, "police-" + code};
        int count = 1 + number % 2;
        for (int slot = 1; slot <= count; slot++) {
            int which = (number + slot) % actions.length;
            protocol.put("action" + slot + "Description", actions[which]);
            protocol.put("action" + slot + "Assignee", owners[which]);
            protocol.put("action" + slot + "DueDate", date.plusDays(21).toString());
        }
        stage.completeTask(task, "county-" + county.getCode(), "county-officer", protocol);
        boolean leavesSomeUndone = code.equals("2417") || code.equals("2463");
        for (Task action : taskService
                .createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey("carryOutAction")
                .list()) {
            seenAction(action, leavesSomeUndone && number % 3 == 2);
        }
    }

    /** The action's owner does it four days before its due date, unless the story leaves it undone. */
    private void seenAction(Task action, boolean leftUndone) {
        if (leftUndone) {
            return;
        }
        LocalDate due = LocalDate.ofInstant(action.getDueDate().toInstant(), EngineClock.zone());
        stage.at(due.minusDays(4), 15, () -> {
            String owner = action.getAssignee();
            stage.completeTask(action, owner, groupOf(owner), Map.of());
        });
    }

    private static String groupOf(String user) {
        if (user.startsWith("coordinator-")) {
            return "coordinator";
        }
        return user.startsWith("police-") ? "police" : "team-member";
    }

    private static String decider(String code, String group) {
        return "board-chair".equals(group) ? "chair-" + code : "manager-" + code;
    }

    // ---- The four municipalities ----

    private void vilhelmina(String code, String place) {
        String[] cycle = new String[1];
        stage.at(ago(660), 9, () -> cycle[0] = startCycle(code, place));
        stage.at(ago(657), 10, () -> step(cycle[0], "mapCollaboration", code, collaboration()));
        stage.at(ago(650), 10, () -> step(cycle[0], "composeTeam", code, team()));
        onboarding(code, 648, "ida-berg-" + code, "Ida Berg", "LEISURE_CULTURE");
        stage.at(ago(636), 14, () -> step(cycle[0], "formulateVision", code, vision(place)));
        stage.at(
                ago(634),
                9,
                () -> propose(cycle[0], code, "PARTICIPATION_MANDATE", "Mandat för kommunteamet", 40_000, 150));
        stage.at(ago(628), 11, () -> decide(cycle[0], code, "APPROVE", null));
        stepTwo(code, place, cycle, 620, 600, 585, 578, 0);
        stage.at(ago(550), 13, () -> factors(cycle[0], code));
        stage.at(ago(520), 10, () -> ambition(cycle[0], code));
        stage.at(ago(480), 10, () -> planned(cycle[0], code, place, DemoDocuments.FollowUp.NONE));
        stage.at(
                ago(476),
                9,
                () -> propose(cycle[0], code, "STEERING_DOCUMENT_INTEGRATION", "Mål i styrdokumenten", 200_000, 180));
        stage.at(ago(470), 15, () -> decide(cycle[0], code, "APPROVE", null));
        stage.at(ago(300), 10, () -> {
            save(cycle[0], code, place, DemoDocuments.FollowUp.COMPLETE, 0);
            step(cycle[0], "followUpPlan", code, Map.of());
        });
        stage.at(
                ago(285),
                10,
                () -> step(
                        cycle[0],
                        "spreadLessons",
                        code,
                        Map.of(
                                "lessons",
                                        "Eleverna vill att samtalen fortsätter; belysningen märks i trygghetsenkäten.",
                                "nextCycle", "STEP_2",
                                "nextCycleLabel", place + " " + ago(285).getYear())));
        stepTwo(code, place, cycle, 270, 250, 220, 210, 1);
        stage.at(ago(150), 13, () -> factors(cycle[0], code));
        departure(code, 200, "ida-berg-" + code, "omar-said-" + code, "Omar Said");
        stage.at(ago(30), 10, () -> ambition(cycle[0], code));
        // The plan of the second turn is still being written.
        stage.at(
                ago(9),
                16,
                () -> plans.save(
                        (String) stage.variable(cycle[0], "cycleId"),
                        DemoDocuments.plan(code, place, EngineClock.today().getYear(), 1, DemoDocuments.FollowUp.NONE),
                        "coordinator-" + code,
                        EngineClock.now()));
    }

    private void norsjo(String code, String place) {
        String[] cycle = new String[1];
        stage.at(ago(430), 9, () -> cycle[0] = startCycle(code, place));
        stage.at(ago(426), 10, () -> step(cycle[0], "mapCollaboration", code, collaboration()));
        stage.at(ago(420), 10, () -> step(cycle[0], "composeTeam", code, team()));
        stage.at(ago(412), 14, () -> step(cycle[0], "formulateVision", code, vision(place)));
        stage.at(
                ago(410),
                9,
                () -> propose(cycle[0], code, "PARTICIPATION_MANDATE", "Mandat för kommunteamet", 30_000, 120));
        stage.at(
                ago(402),
                11,
                () -> decide(
                        cycle[0], code, "RETURN", "Återremitteras: ange hur många timmar varje verksamhet avsätter."));
        stage.at(
                ago(396),
                9,
                () -> propose(cycle[0], code, "PARTICIPATION_MANDATE", "Mandat för kommunteamet", 30_000, 160));
        stage.at(ago(390), 11, () -> decide(cycle[0], code, "APPROVE", null));
        stepTwo(code, place, cycle, 380, 362, 340, 332, 0);
        stage.at(ago(300), 13, () -> factors(cycle[0], code));
        String[] resources = new String[1];
        stage.at(ago(150), 9, () -> {
            resources[0] = stage.start(
                    "municipalDecision", code, "coordinator-" + code, "coordinator", Map.of("municipalityCode", code));
            proposeIn(resources[0], code, "RESOURCES", "Extra resurser för trygghetsvandringar", 45_000, 60);
        });
        stage.at(
                ago(140),
                11,
                () -> decideIn(resources[0], code, "REJECT", "Ryms inte i årets budget; ta upp det i budgetarbetet."));
        stage.at(ago(240), 10, () -> ambition(cycle[0], code));
        stage.at(ago(35), 10, () -> planned(cycle[0], code, place, DemoDocuments.FollowUp.NONE));
        stage.at(
                ago(33),
                9,
                () -> propose(cycle[0], code, "STEERING_DOCUMENT_INTEGRATION", "Mål i styrdokumenten", 180_000, 160));
        stage.at(ago(15), 15, () -> decide(cycle[0], code, "APPROVE", null));
    }

    private void asele(String code, String place) {
        String[] cycle = new String[1];
        stage.at(ago(200), 9, () -> cycle[0] = startCycle(code, place));
        stage.at(ago(196), 10, () -> step(cycle[0], "mapCollaboration", code, collaboration()));
        stage.at(ago(185), 10, () -> step(cycle[0], "composeTeam", code, team()));
        stage.at(ago(150), 14, () -> step(cycle[0], "formulateVision", code, vision(place)));
        stage.at(
                ago(148),
                9,
                () -> propose(cycle[0], code, "PARTICIPATION_MANDATE", "Mandat för kommunteamet", 20_000, 80));
        stage.at(
                ago(126),
                11,
                () -> decide(
                        cycle[0],
                        code,
                        "RETURN",
                        "Återremitteras: ange vilka verksamheter som avsätter tid och hur många timmar var."));
    }

    private void sorsele(String code, String place) {
        String[] cycle = new String[1];
        stage.at(ago(75), 9, () -> cycle[0] = startCycle(code, place));
        stage.at(ago(70), 10, () -> step(cycle[0], "mapCollaboration", code, collaboration()));
        onboarding(code, 42, "elin-sjoberg-" + code, "Elin Sjöberg", "LEISURE_CULTURE");
        stage.at(ago(28), 10, () -> step(cycle[0], "composeTeam", code, team()));
    }

    // ---- Steps of the cycle ----

    private String startCycle(String code, String place) {
        return stage.start(
                "iavpCycle",
                code,
                "coordinator-" + code,
                "coordinator",
                Map.of(
                        "municipalityCode",
                        code,
                        "cycleLabel",
                        place + " " + EngineClock.today().getYear()));
    }

    private void step(String cycle, String taskKey, String code, Map<String, Object> variables) {
        String user = switch (taskKey) {
            case "identifyRiskAndProtectiveFactors", "agreeSituationPicture" -> "team-" + code;
            case "contributePoliceFigures" -> "police-" + code;
            default -> "coordinator-" + code;
        };
        stage.complete(cycle, taskKey, user, groupOf(user), variables);
    }

    /** Step 2: violence types, the police's figures, the picture written and agreed by the team. */
    private void stepTwo(
            String code, String place, String[] cycle, int choose, int police, int describe, int agree, int shift) {
        stage.at(
                ago(choose),
                10,
                () -> step(
                        cycle[0],
                        "chooseViolenceTypes",
                        code,
                        Map.of("violenceTypes", json("[\"CLOSE_RELATIONSHIPS\",\"SCHOOL\"]"))));
        stage.at(
                ago(police),
                13,
                () -> step(
                        cycle[0],
                        "contributePoliceFigures",
                        code,
                        Map.of(
                                "policeSummary",
                                "Få anmälningar om våld i nära relation, stort mörkertal; hot ökar på helger.",
                                "policeSources",
                                "Polisens lokala lägesbild " + place + " "
                                        + (EngineClock.today().getYear() - 1))));
        stage.at(ago(describe), 10, () -> {
            String cycleId = (String) stage.variable(cycle[0], "cycleId");
            pictures.save(
                    cycleId,
                    DemoDocuments.picture(code, place, EngineClock.today().getYear() - 1, shift),
                    "coordinator-" + code,
                    EngineClock.now());
            step(
                    cycle[0],
                    "describeSituation",
                    code,
                    Map.of("situationChecklist", json("[\"GENDER_SPLIT\",\"PYRAMID\",\"GENDER_ANALYSIS\"]")));
        });
        stage.at(
                ago(agree),
                14,
                () -> step(
                        cycle[0],
                        "agreeSituationPicture",
                        code,
                        Map.of("teamAgreed", true, "agreementNote", "Fastställd på teamets möte.")));
    }

    private void factors(String cycle, String code) {
        step(
                cycle,
                "identifyRiskAndProtectiveFactors",
                code,
                Map.of(
                        "risk_COMMUNITY", "Få vuxna ute kvällstid; mörka stråk till centrum.",
                        "protective_RELATIONSHIP", "Starka föreningar och idrottsledare som unga litar på.",
                        "influenceableLevels", json("[\"COMMUNITY\",\"RELATIONSHIP\"]"),
                        "priorities", "Sexuella trakasserier bland unga; otrygghet bland kvinnor på kvällen."));
    }

    private void ambition(String cycle, String code) {
        step(
                cycle,
                "chooseAmbitionLevel",
                code,
                Map.of("ambitionLevel", "AVANCERAD", "ambitionMotivation", "Skolan vill införa en beprövad metod."));
    }

    private void planned(String cycle, String code, String place, DemoDocuments.FollowUp followUp) {
        save(cycle, code, place, followUp, 0);
        step(
                cycle,
                "planActivities",
                code,
                Map.of("planChecklist", json("[\"PROGRAMME_THEORY\",\"MEASURABLE_GOALS\",\"FOLLOW_UP_PLANNED\"]")));
    }

    private void save(String cycle, String code, String place, DemoDocuments.FollowUp followUp, int shift) {
        String cycleId = (String) stage.variable(cycle, "cycleId");
        int year = plans.latest(cycleId)
                .map(revision -> revision.plan().period().start().getYear())
                .orElse(EngineClock.today().getYear());
        plans.save(
                cycleId,
                DemoDocuments.plan(code, place, year, shift, followUp),
                "coordinator-" + code,
                EngineClock.now());
    }

    // ---- Decisions ----

    private void propose(String cycle, String code, String type, String title, int sek, int hours) {
        proposeIn(stage.calledBy(cycle, "municipalDecision"), code, type, title, sek, hours);
    }

    private void proposeIn(String decision, String code, String type, String title, int sek, int hours) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionType", type);
        proposal.put("decisionTitle", title);
        proposal.put("decisionDescription", "Underlag från kommunteamet, förankrat i verksamheterna.");
        proposal.put("mandate", "Teamet får använda arbetstid till de fem stegen och samordnaren leder arbetet.");
        proposal.put("resourcesSek", sek);
        proposal.put("resourcesHours", hours);
        proposal.put("followUpDate", EngineClock.today().plusMonths(6).toString());
        stage.complete(decision, "prepareProposal", "coordinator-" + code, "coordinator", proposal);
    }

    private void decide(String cycle, String code, String verdict, String comment) {
        decideIn(stage.calledBy(cycle, "municipalDecision"), code, verdict, comment);
    }

    private void decideIn(String decision, String code, String verdict, String comment) {
        String group = (String) stage.variable(decision, "deciderGroup");
        Map<String, Object> variables = new HashMap<>();
        variables.put("verdict", verdict);
        variables.put("verdictComment", comment);
        stage.complete(decision, "approveDecision", decider(code, group), group, variables);
    }

    // ---- The team ----

    /** A newcomer registered {@code daysAgo}, introduced over the following three weeks. */
    private void onboarding(String code, int daysAgo, String id, String name, String department) {
        String[] onboarding = new String[1];
        stage.at(ago(daysAgo), 9, () -> {
            onboarding[0] = stage.start(
                    "teamOnboarding", code, "coordinator-" + code, "coordinator", Map.of("municipalityCode", code));
            Map<String, Object> member = new HashMap<>();
            member.put("memberId", id);
            member.put("memberName", name);
            member.put("memberDepartment", department);
            member.put("memberRole", "TEAM_MEMBER");
            member.put("memberStartDate", EngineClock.today().toString());
            stage.complete(onboarding[0], "registerMember", "coordinator-" + code, "coordinator", member);
        });
        introduction(code, daysAgo, onboarding);
    }

    private void introduction(String code, int daysAgo, String[] onboarding) {
        stage.at(
                ago(daysAgo - 4),
                10,
                () -> stage.complete(
                        onboarding[0],
                        "planIntroduction",
                        "coordinator-" + code,
                        "coordinator",
                        Map.of(
                                "introductionDate",
                                EngineClock.today().plusDays(3).toString(),
                                "introductionParticipants",
                                "Samordnaren och länsstyrelsens processtöd")));
        stage.at(
                ago(daysAgo - 20),
                10,
                () -> stage.complete(
                        onboarding[0],
                        "confirmBasicTraining",
                        "coordinator-" + code,
                        "coordinator",
                        Map.of(
                                "trainingChecklist",
                                json("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]"))));
        stage.at(
                ago(daysAgo - 22),
                10,
                () -> stage.complete(
                        onboarding[0],
                        "confirmFirstMeeting",
                        "coordinator-" + code,
                        "coordinator",
                        Map.of("firstMeetingDate", EngineClock.today().toString())));
    }

    /** {@code leaving} leaves {@code daysAgo}; the kommunchef appoints a replacement, who is introduced. */
    private void departure(String code, int daysAgo, String leaving, String replacementId, String replacementName) {
        String[] departure = new String[1];
        stage.at(ago(daysAgo), 9, () -> {
            departure[0] = stage.start(
                    "teamDeparture", code, "coordinator-" + code, "coordinator", Map.of("municipalityCode", code));
            stage.complete(
                    departure[0],
                    "registerDeparture",
                    "coordinator-" + code,
                    "coordinator",
                    Map.of(
                            "leavingMemberId",
                            leaving,
                            "lastDay",
                            EngineClock.today().toString(),
                            "departureReason",
                            "Ny tjänst i en annan kommun."));
        });
        stage.at(
                ago(daysAgo - 5),
                11,
                () -> stage.complete(
                        departure[0],
                        "appointReplacement",
                        "manager-" + code,
                        "manager",
                        Map.of(
                                "replacementName", replacementName,
                                "replacementId", replacementId,
                                "replacementStartDate",
                                        EngineClock.today().plusDays(10).toString())));
        String[] onboarding = new String[1];
        int starts = daysAgo - 15;
        stage.at(ago(starts), 9, () -> {
            onboarding[0] = stage.running("teamOnboarding", code, "memberId", replacementId);
            Map<String, Object> member = new HashMap<>();
            member.put("memberId", replacementId);
            member.put("memberName", replacementName);
            member.put("memberDepartment", "LEISURE_CULTURE");
            member.put("memberRole", "TEAM_MEMBER");
            member.put("memberStartDate", EngineClock.today().toString());
            stage.complete(onboarding[0], "registerMember", "coordinator-" + code, "coordinator", member);
        });
        introduction(code, starts, onboarding);
    }

    // ---- Form values shared by the stories ----

    private static Map<String, Object> collaboration() {
        return Variables.createVariables()
                .putValue("arenas", "Skolan, fritidsgården och idrottsföreningarna")
                .putValueTyped(
                        "departments",
                        SpinValues.jsonValue("[\"SOCIAL_SERVICES\",\"SCHOOL\",\"LEISURE_CULTURE\",\"POLICE\"]")
                                .create());
    }

    private static Map<String, Object> team() {
        return Map.of(
                "coordinatorName", "Samordnaren",
                "coordinatorDepartment", "SOCIAL_SERVICES",
                "representative_SCHOOL", "Teammedlem från skolan",
                "representative_POLICE", "Kommunpolisen");
    }

    private static Map<String, Object> vision(String place) {
        return Map.of(
                "vision",
                "Ett " + place + " där ingen utsätts för våld och alla kan röra sig tryggt.",
                "readiness",
                "MEDIUM",
                "visionChecklist",
                json("[]"));
    }

    private static Object json(String text) {
        return SpinValues.jsonValue(text).create();
    }
}
