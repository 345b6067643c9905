package se.valdsprevention.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valdsprevention.barecamunda.BareCamundaApplication;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.cycle.CycleDocuments;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * The county overview, a municipality page, a coordinator's task list and the board report at national scale:
 * 290 municipalities, each with ten turns of its IAVP cycle behind it and an eleventh begun, driven through the
 * engine's Java API with the users' roles (check-ins, decisions, documents, a member leaving and a replacement
 * introduced every turn). Then the cost of a task completion against a bare Camunda application with a model of
 * the same shape in the same JVM. Not a timed assertion: it prints its figures (see docs/benchmarks.md). Run with
 * {@code ./mvnw verify -pl prevention-app -am -Dtest=NationalScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DexcludedGroups=none -Dgroups=benchmark}, and {@code -Ppostgres -Dprevention.test.postgres.url=...} for
 * PostgreSQL. {@code benchmark.municipalities}, {@code benchmark.cycles}, {@code benchmark.threads} and {@code
 * benchmark.requests} change the size.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.generate-unique-name=true",
            "camunda.bpm.job-execution.enabled=false",
            // the benchmark makes its own history; the demo county's story would be four municipalities more
            "prevention.demo.history=false",
            // the benchmark times the first request's computing of every row itself: what a round computing ahead
            // costs after a start, and what a request waits for when it comes before that round has ended
            "prevention.web.overview.refresh-interval=0"
        })
@ActiveProfiles("demo")
class NationalScaleBenchmark {

    static final int MUNICIPALITIES = Integer.getInteger("benchmark.municipalities", 290);
    static final int CYCLES = Integer.getInteger("benchmark.cycles", 10);
    static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);
    static final int COMPLETION_TURNS = Integer.getInteger("benchmark.completion-turns", 30);
    /** Untimed turns of the bare model before the timed ones. */
    static final int WARM_UP = 20;
    /**
     * Turns of the bare model's history per municipality before the second timed round, so that its database holds
     * about as many instances, tasks and variables as the application's.
     */
    static final int BARE_HISTORY_TURNS = zeroOrMore("benchmark.bare-history-turns", CYCLES);
    /**
     * Untimed requests of each kind before the timed ones (the PDF: a tenth). A node that has served for a while has
     * compiled the paths a request takes; the first hundreds of requests after a start run partly interpreted.
     */
    static final int WARM_UP_REQUESTS = zeroOrMore("benchmark.warm-up", 300);

    static final String RUN = UUID.randomUUID().toString();
    static final Path DATABASE = Path.of("target", "h2", "national-" + RUN, "prevention");
    static final Path BARE_DATABASE = Path.of("target", "h2", "national-bare-" + RUN, "bare");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath());
        county(registry);
    }

    /**
     * How many municipalities each county has (SCB's division since 2003): 290 in all. The benchmark gives each county
     * that many codes, its two digits and a running number, and keeps the demo's four real Västerbotten codes.
     */
    static final Map<String, Integer> COUNTIES = java.util.stream.Stream.of(new Object[][] {
                {"01", 26}, {"03", 8}, {"04", 9}, {"05", 13}, {"06", 13}, {"07", 8}, {"08", 12}, {"09", 1},
                {"10", 5}, {"12", 33}, {"13", 6}, {"14", 49}, {"17", 16}, {"18", 12}, {"19", 10}, {"20", 15},
                {"21", 10}, {"22", 7}, {"23", 8}, {"24", 15}, {"25", 14}
            })
            .collect(java.util.stream.Collectors.toMap(
                    row -> (String) row[0], row -> (Integer) row[1], (a, b) -> a, java.util.TreeMap::new));

    static final String COUNTY_OFFICER = "county-" + AreaCodes.WHOLE_COUNTRY;

    /**
     * The deployment of the benchmark: the whole country (county code {@value AreaCodes#WHOLE_COUNTRY}, Riket), as a
     * national body would run it, with the demo's four municipalities first and then as many of the country's as
     * asked for, county by county (all 290 by default).
     */
    static void county(DynamicPropertyRegistry registry) {
        List<String> codes = nationalCodes();
        if (MUNICIPALITIES < 1 || MUNICIPALITIES > codes.size()) {
            throw new IllegalArgumentException(
                    "benchmark.municipalities: between 1 and " + codes.size() + ", the municipalities of Sweden");
        }
        List<String> demo = List.of("2417", "2422", "2462", "2463");
        List<String> names = List.of("Norsjö", "Sorsele", "Vilhelmina", "Åsele");
        registry.add("prevention.county.code", () -> AreaCodes.WHOLE_COUNTRY);
        registry.add("prevention.county.name", () -> "Riket");
        for (int i = 0; i < MUNICIPALITIES; i++) {
            String code = codes.get(i);
            int index = i;
            String prefix = "prevention.county.municipalities[" + i + "].";
            String name = demo.contains(code) ? names.get(demo.indexOf(code)) : "Kommun " + code;
            registry.add(prefix + "code", () -> code);
            registry.add(prefix + "name", () -> name);
            registry.add(prefix + "population-women", () -> 4000 + index * 37 % 5000);
            registry.add(prefix + "population-men", () -> 4100 + index * 41 % 5000);
        }
    }

    private static int zeroOrMore(String property, int byDefault) {
        int value = Integer.getInteger(property, byDefault);
        if (value < 0) {
            throw new IllegalArgumentException(property + ": must be zero or more");
        }
        return value;
    }

    /** The 290 codes: the demo's four first, then each county's in turn, skipping those four. */
    static List<String> nationalCodes() {
        List<String> demo = List.of("2417", "2422", "2462", "2463");
        List<String> codes = new ArrayList<>(demo);
        COUNTIES.forEach((county, count) -> {
            int own = county.equals("24") ? count - demo.size() : count;
            for (int number = 1; own > 0; number++) {
                String code = county + String.format("%02d", number);
                if (!demo.contains(code)) {
                    codes.add(code);
                    own--;
                }
            }
        });
        return codes;
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    FilterService filterService;

    @Autowired
    SituationPictures pictures;

    @Autowired
    ActionPlans plans;

    @Autowired
    CountyProperties county;

    @Autowired
    TeamMembers teamMembers;

    private final Map<String, String> cycles = new ConcurrentHashMap<>();
    private final Map<String, String> schoolMembers = new ConcurrentHashMap<>();
    private final Map<String, String> onboardings = new ConcurrentHashMap<>();
    private final List<String> figures = Collections.synchronizedList(new ArrayList<>());

    @Test
    void measure() throws Exception {
        List<String> codes = county.municipalityCodes();
        if (codes.size() != MUNICIPALITIES) {
            throw new IllegalStateException("The county has " + codes.size() + " municipalities");
        }
        long started = System.nanoTime();
        generate(codes);
        double minutes = (System.nanoTime() - started) / 60e9;
        System.out.printf(
                "Generated %d municipalities × %d cycles in %.1f min on %s%n",
                codes.size(), CYCLES, minutes, TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
        System.out.printf("Rows: %s%n", rowCounts());

        TasklistSession officer = TasklistSession.open(rest);
        expectOk(officer.login(COUNTY_OFFICER, "demo"));
        TasklistSession coordinator = TasklistSession.open(rest);
        expectOk(coordinator.login("coordinator-2417", "demo"));
        String filter = filterService
                .createFilterQuery()
                .filterName("Samordnarens uppgifter")
                .singleResult()
                .getId();
        int[] next = {0};
        Runnable overview =
                () -> expect(officer.page("/lan", MediaType.TEXT_HTML, String.class), codes.get(codes.size() - 1));
        measure("GET /lan, first request: every row computed (HTTP)", 1, 0, overview);
        measure("GET /lan, nothing changed since the last request (HTTP)", REQUESTS, WARM_UP_REQUESTS, overview);
        Map<String, String> cycles = new java.util.HashMap<>();
        for (String code : codes) {
            cycles.put(
                    code,
                    runtimeService
                            .createProcessInstanceQuery()
                            .processDefinitionKey("iavpCycle")
                            .tenantIdIn(code)
                            .list()
                            .get(0)
                            .getId());
        }
        int[] touched = {0};
        measureAfter(
                "GET /lan, one municipality changed since the last request (HTTP)",
                REQUESTS,
                WARM_UP_REQUESTS,
                () -> {
                    // a real change through the engine, not timed: a variable set on one cycle, in turn
                    String code = codes.get(touched[0]++ % codes.size());
                    runtimeService.setVariable(cycles.get(code), "benchmarkChange", touched[0]);
                },
                overview);
        measure(
                "GET /kommuner/{kod} (county officer, HTTP)",
                REQUESTS,
                WARM_UP_REQUESTS,
                () -> expect(
                        officer.page(
                                "/kommuner/" + codes.get(next[0]++ % codes.size()), MediaType.TEXT_HTML, String.class),
                        "Steg 2"));
        measure(
                "coordinator's Tasklist filter (HTTP, HAL)",
                REQUESTS,
                WARM_UP_REQUESTS,
                () -> expect(
                        coordinator.post(
                                "/filter/" + filter + "/list?firstResult=0&maxResults=15",
                                Map.of(
                                        "sorting",
                                        List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
                                        "active",
                                        true),
                                MediaType.valueOf("application/hal+json")),
                        "_embedded"));
        measure(
                "coordinator's filter (FilterService, in-process)",
                REQUESTS,
                WARM_UP_REQUESTS,
                () -> asCoordinator(() -> filterService.listPage(filter, 0, 15).isEmpty()));
        measure(
                "coordinator's filter, page and count as Tasklist's answer (FilterService, in-process)",
                REQUESTS,
                WARM_UP_REQUESTS,
                () -> asCoordinator(
                        () -> filterService.listPage(filter, 0, 15).isEmpty() || filterService.count(filter) == 0));
        measure("GET /kommuner/{kod}/rapport.pdf (HTTP)", REQUESTS, WARM_UP_REQUESTS / 10, () -> {
            ResponseEntity<byte[]> pdf = officer.page(
                    "/kommuner/" + codes.get(next[0]++ % codes.size()) + "/rapport.pdf",
                    MediaType.APPLICATION_PDF,
                    byte[].class);
            if (!pdf.getStatusCode().is2xxSuccessful() || pdf.getBody() == null || pdf.getBody().length < 1000) {
                throw new IllegalStateException("The board report answered " + pdf.getStatusCode());
            }
        });
        completionCost(codes);
        System.out.println("NATIONAL BENCHMARK FIGURES (ms)");
        figures.forEach(System.out::println);
    }

    // --- generation ---------------------------------------------------------------------------------------------

    /** Turn by turn, phase by phase: the clock is set for the phase, then every municipality does its part. */
    private void generate(List<String> codes) throws Exception {
        codes.forEach(code -> schoolMembers.put(code, "team-" + code));
        int firstYear = EngineClock.today().getYear() - CYCLES;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Driver driver = new Driver(prevention());
        long began = System.nanoTime();
        try {
            for (int turn = 0; turn <= CYCLES; turn++) {
                int year = firstYear + turn;
                boolean stepOne = turn == 0 || (turn - 1) % 5 == 4;
                boolean running = turn == CYCLES;
                int t = turn;
                phase(pool, codes, year, 1, code -> {
                    if (t == 0) {
                        joinedTheTeam(code);
                        cycles.put(code, startCycle(code, Integer.toString(year)));
                    }
                    if (stepOne) {
                        driver.stepOne(code, cycles.get(code));
                    }
                });
                phase(pool, codes, year, 2, code -> driver.stepTwo(code, cycles.get(code), year));
                phase(pool, codes, year, 3, this::checkIn);
                if (running) {
                    break;
                }
                phase(pool, codes, year, 4, code -> driver.stepThree(code, cycles.get(code)));
                phase(pool, codes, year, 5, this::memberLeaves);
                phase(pool, codes, year, 6, code -> {
                    driver.stepFour(code, cycles.get(code), year);
                    checkIn(code);
                });
                phase(pool, codes, year, 8, this::replacementOnboarded);
                phase(
                        pool,
                        codes,
                        year,
                        9,
                        code -> driver.stepFive(code, cycles.get(code), year, t % 5 == 4 ? "STEP_1" : "STEP_2"));
                System.out.printf(
                        "Turn %d (%d) generated after %.1f s%n", turn + 1, year, (System.nanoTime() - began) / 1e9);
            }
        } finally {
            pool.shutdown();
            ClockUtil.reset();
        }
    }

    private void phase(ExecutorService pool, List<String> codes, int year, int month, Consumer<String> work)
            throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, 10)
                .atTime(LocalTime.of(10, 0))
                .atZone(EngineClock.zone())
                .toInstant()));
        List<Callable<Void>> jobs = new ArrayList<>();
        for (String code : codes) {
            jobs.add(() -> {
                work.accept(code);
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(jobs)) {
            done.get();
        }
    }

    /** The demo's team members joined when the history begins, not on the day the application first started. */
    private void joinedTheTeam(String code) {
        for (TeamMember member : teamMembers.team(code).members()) {
            teamMembers.save(
                    code,
                    new TeamMember(
                            member.id(),
                            member.name(),
                            member.role(),
                            member.department(),
                            member.substituteFor(),
                            EngineClock.today(),
                            null),
                    "coordinator-" + code,
                    // recorded now: the team's latest revision is the one recorded last
                    java.time.Instant.now());
        }
    }

    private String startCycle(String code, String label) {
        identityService.setAuthentication("coordinator-" + code, List.of("coordinator"), List.of(code));
        try {
            return runtimeService
                    .startProcessInstanceByKey("iavpCycle", Map.of("municipalityCode", code, "cycleLabel", label))
                    .getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** A monthly check-in held by the county officer: the coordinator came, the school's member did not. */
    private void checkIn(String code) {
        as(COUNTY_OFFICER, "county-officer", code);
        try {
            ProcessInstance checkIn = runtimeService.startProcessInstanceByKey(
                    "checkIn", Map.of("municipalityCode", code, "cycleId", cycles.get(code), "currentStep", "Steg"));
            Map<String, Object> protocol = new HashMap<>();
            protocol.put("meetingDate", EngineClock.today().toString());
            protocol.put("present", "coordinator-" + code + "\npolice-" + code);
            protocol.put("absent", schoolMembers.get(code));
            protocol.put("notes", "Teamet gick igenom läget i steget.");
            taskService.complete(taskOf(checkIn.getId(), "holdCheckIn").getId(), protocol);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The school's member leaves; the manager appoints a replacement, whose introduction starts. */
    private void memberLeaves(String code) {
        String leaving = schoolMembers.get(code);
        as("coordinator-" + code, "coordinator", code);
        String departure;
        try {
            departure = runtimeService
                    .startProcessInstanceByKey("teamDeparture", Map.of("municipalityCode", code))
                    .getId();
            taskService.complete(
                    taskOf(departure, "registerDeparture").getId(),
                    Map.of(
                            "leavingMemberId",
                            leaving,
                            "lastDay",
                            EngineClock.today().toString(),
                            "departureReason",
                            "Ny tjänst"));
        } finally {
            identityService.clearAuthentication();
        }
        Task appoint = taskOrNull(departure, "appointReplacement");
        if (appoint == null) {
            throw new IllegalStateException("No representation gap after " + leaving + " left " + code);
        }
        String replacement = "school-" + code + "-" + EngineClock.today().getYear();
        as("manager-" + code, "manager", code);
        try {
            taskService.complete(
                    appoint.getId(),
                    Map.of(
                            "replacementName",
                            "Skolans ledamot " + EngineClock.today().getYear(),
                            "replacementId",
                            replacement,
                            "replacementStartDate",
                            EngineClock.today().toString()));
        } finally {
            identityService.clearAuthentication();
        }
        String onboarding = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("teamOnboarding")
                .tenantIdIn(code)
                .variableValueEquals("memberId", replacement)
                .singleResult()
                .getId();
        onboardings.put(code, onboarding);
        schoolMembers.put(code, replacement);
        as("coordinator-" + code, "coordinator", code);
        try {
            taskService.complete(taskOf(onboarding, "registerMember").getId(), Map.of());
            taskService.complete(
                    taskOf(onboarding, "planIntroduction").getId(),
                    Map.of(
                            "introductionDate",
                            EngineClock.today().toString(),
                            "introductionParticipants",
                            "Samordnaren och länsstyrelsen"));
            taskService.complete(
                    taskOf(onboarding, "confirmBasicTraining").getId(),
                    Map.of(
                            "trainingChecklist",
                            SpinValues.jsonValue("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]")
                                    .create()));
            taskService.complete(
                    taskOf(onboarding, "confirmFirstMeeting").getId(),
                    Map.of("firstMeetingDate", EngineClock.today().toString()));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The thirty days have passed: the timer fires and the coordinator talks with the new member. */
    private void replacementOnboarded(String code) {
        String onboarding = onboardings.remove(code);
        for (Job timer : managementService
                .createJobQuery()
                .processInstanceId(onboarding)
                .timers()
                .list()) {
            managementService.executeJob(timer.getId());
        }
        as("coordinator-" + code, "coordinator", code);
        try {
            taskService.complete(
                    taskOf(onboarding, "checkInAfterThirtyDays").getId(),
                    Map.of("thirtyDayNote", "Kommit in bra i arbetet."));
        } finally {
            identityService.clearAuthentication();
        }
    }

    // --- the cost of a task completion ----------------------------------------------------------------------------

    /**
     * Two rounds of one whole turn from step 2 to step 5 in each of {@link #COMPLETION_TURNS} municipalities, one at
     * a time, each {@code TaskService.complete} timed, and after each the same turn of the bare model in the bare
     * application, without and with authorization. The first round runs while the bare database holds only the
     * bare engines' warm-up; then it gets a history of the application's size ({@link #BARE_HISTORY_TURNS}), and the
     * second round runs on it: the difference is what the size of the database costs a completion.
     */
    private void completionCost(List<String> codes) {
        Driver prevention = new Driver(prevention());
        List<String> chosen = codes.subList(0, Math.min(COMPLETION_TURNS, codes.size()));
        int year = EngineClock.today().getYear();
        for (String code : chosen) {
            String cycle = cycles.get(code);
            prevention.stepThree(code, cycle);
            prevention.stepFour(code, cycle, year);
            prevention.stepFive(code, cycle, year, "STEP_2");
        }
        try (BareTurns bare = new BareTurns(false, year);
                BareTurns authorized = new BareTurns(true, year)) {
            for (int i = 0; i < WARM_UP; i++) {
                bare.turn(codes.get(i % codes.size()), false);
                authorized.turn(codes.get(i % codes.size()), false);
            }
            timedTurns("", chosen, year + 1, bare, authorized);
            long start = System.nanoTime();
            int instances = authorized.history(codes, BARE_HISTORY_TURNS);
            figures.add(String.format(
                    "bare history: %d instances of %d turns each, generated in %.1f min",
                    instances, BARE_HISTORY_TURNS, (System.nanoTime() - start) / 6e10));
            timedTurns(", bare database with history", chosen, year + 2, bare, authorized);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One timed turn in each chosen municipality, each followed by a timed turn of the bare model in either bare
     * application: interleaved, so that whatever else the machine does at a moment weighs on the three alike.
     */
    private void timedTurns(String label, List<String> chosen, int year, BareTurns bare, BareTurns authorized) {
        Driver prevention = new Driver(prevention());
        bare.clear();
        authorized.clear();
        for (String code : chosen) {
            prevention.timing = true;
            prevention.turn(code, cycles.get(code), year);
            prevention.timing = false;
            bare.turn(code, true);
            authorized.turn(code, true);
        }
        Stats app = Stats.of(prevention.timings);
        figures.add(app.line("task completion, this application" + label + " (" + app.count() + ")"));
        Stats plain = bare.stats();
        figures.add(plain.line("task completion, bare Camunda" + label + " (" + plain.count() + ")"));
        figures.add(String.format(
                "ratio of means %.2f, of medians %.2f", app.mean() / plain.mean(), app.p50() / plain.p50()));
        Stats checked = authorized.stats();
        figures.add(checked.line(
                "task completion, bare Camunda with authorization on" + label + " (" + checked.count() + ")"));
        figures.add(String.format(
                "ratio of means against it %.2f, of medians %.2f",
                app.mean() / checked.mean(), app.p50() / checked.p50()));
    }

    /**
     * The bare model in the bare application. A {@link #turn} starts an instance, drives step 1 and a first turn
     * untimed, then a second turn, timed if asked, that goes on to the next turn's step 2 as the application's timed
     * turns do; each decision's notice to the proposer is read, as in the application. With {@code authorization}
     * the engine checks authorizations as this application's does, and grants each task's candidate groups their
     * default permission on it, which is what any Camunda application with more than one kind of user pays; the
     * driver completes every task as a user of its candidate group either way.
     */
    private final class BareTurns implements AutoCloseable {
        private final ConfigurableApplicationContext context;
        private final RuntimeService runtime;
        private final Driver driver;
        private final int year;

        BareTurns(boolean authorization, int year) {
            this.context = bareApplication(authorization);
            this.runtime = context.getBean(RuntimeService.class);
            this.year = year;
            BareCamundaApplication.deploy(context.getBean(RepositoryService.class));
            this.driver = new Driver(new CycleHistoryOf(
                    runtime,
                    context.getBean(TaskService.class),
                    context.getBean(IdentityService.class),
                    BareCamundaApplication.DECISION,
                    BareCamundaApplication.OUTCOME,
                    null,
                    null));
        }

        void turn(String code, boolean timed) {
            String cycle = runtime.startProcessInstanceByKey(
                            BareCamundaApplication.CYCLE, Map.of("municipalityCode", code))
                    .getId();
            driver.stepOne(code, cycle);
            driver.turn(code, cycle, year);
            driver.timing = timed;
            driver.turn(code, cycle, year + 1);
            driver.timing = false;
        }

        Stats stats() {
            return Stats.of(driver.timings);
        }

        void clear() {
            driver.timings.clear();
        }

        /**
         * Gives the bare database a history of the application's size: for each municipality one instance through
         * step 1 and {@code turns} turns, untimed, on {@link #THREADS} threads. Returns the number of instances.
         */
        int history(List<String> codes, int turns) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Callable<Void>> jobs = new ArrayList<>();
                for (String code : codes) {
                    jobs.add(() -> {
                        String cycle = runtime.startProcessInstanceByKey(
                                        BareCamundaApplication.CYCLE, Map.of("municipalityCode", code))
                                .getId();
                        driver.stepOne(code, cycle);
                        for (int turn = 0; turn < turns; turn++) {
                            driver.turn(code, cycle, year - turns + turn);
                        }
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(jobs)) {
                    done.get();
                }
                return codes.size();
            } finally {
                pool.shutdown();
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private static ConfigurableApplicationContext bareApplication(boolean authorization) {
        String url;
        if (TestDatabase.isPostgres()) {
            url = System.getProperty(
                    "prevention.test.postgres.bare-url", System.getProperty(TestDatabase.URL) + "_bare");
        } else {
            url = "jdbc:h2:file:" + BARE_DATABASE.toAbsolutePath();
        }
        return new SpringApplicationBuilder(BareCamundaApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .properties(
                        "spring.config.name=bare-camunda",
                        "spring.datasource.url=" + url,
                        "spring.datasource.username="
                                + (TestDatabase.isPostgres()
                                        ? System.getProperty("prevention.test.postgres.user", "postgres")
                                        : "sa"),
                        "spring.datasource.password=",
                        "camunda.bpm.generate-unique-process-engine-name=true",
                        "camunda.bpm.job-execution.enabled=false",
                        "camunda.bpm.auto-deployment-enabled=false",
                        "camunda.bpm.history-level=full",
                        "camunda.bpm.authorization.enabled=" + authorization,
                        "camunda.bpm.default-serialization-format=application/json",
                        "camunda.bpm.webapp.enabled=false")
                .run();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The services and names one engine drives a cycle with: the application's, or the bare one's. */
    record CycleHistoryOf(
            RuntimeService runtime,
            TaskService tasks,
            IdentityService identity,
            String decisionKey,
            String outcomeKey,
            SituationPictures pictures,
            ActionPlans plans) {}

    /** Drives the steps of a turn with the variables a user of each task's role submits. */
    final class Driver {
        private final CycleHistoryOf engine;
        private final List<Double> timings = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean timing;

        Driver(CycleHistoryOf engine) {
            this.engine = engine;
        }

        void stepOne(String code, String cycle) {
            complete(
                    code,
                    cycle,
                    "mapCollaboration",
                    "coordinator",
                    Map.of(
                            "arenas",
                            "Skolan och fritidsgården",
                            "departments",
                            SpinValues.jsonValue("[\"SCHOOL\",\"SOCIAL_SERVICES\"]")
                                    .create()));
            complete(
                    code,
                    cycle,
                    "composeTeam",
                    "coordinator",
                    Map.of("coordinatorName", "Samordnaren", "coordinatorDepartment", "SOCIAL_SERVICES"));
            complete(
                    code,
                    cycle,
                    "formulateVision",
                    "coordinator",
                    Map.of("vision", "En kommun fri från våld.", "readiness", "MEDIUM"));
            decide(code, cycle, "PARTICIPATION_MANDATE");
        }

        /** A whole turn from step 2 to step 5 that goes on with the next turn's step 2, as the timed turns do. */
        void turn(String code, String cycle, int year) {
            stepTwo(code, cycle, year);
            stepThree(code, cycle);
            stepFour(code, cycle, year);
            stepFive(code, cycle, year, "STEP_2");
        }

        void stepTwo(String code, String cycle, int year) {
            complete(
                    code,
                    cycle,
                    "chooseViolenceTypes",
                    "coordinator",
                    Map.of(
                            "violenceTypes",
                            SpinValues.jsonValue("[\"CLOSE_RELATIONSHIPS\"]").create()));
            complete(
                    code,
                    cycle,
                    "contributePoliceFigures",
                    "police",
                    Map.of("policeSummary", "Få anmälningar, stort mörkertal.", "policeSources", "Polisens lägesbild"));
            if (engine.pictures() != null) {
                engine.pictures()
                        .save(
                                cycleId(cycle),
                                CycleDocuments.draftPicture(code, year - 1),
                                "coordinator-" + code,
                                EngineClock.now());
            }
            complete(
                    code,
                    cycle,
                    "describeSituation",
                    "coordinator",
                    Map.of(
                            "situationChecklist",
                            SpinValues.jsonValue("[\"GENDER_SPLIT\",\"PYRAMID\"]")
                                    .create()));
            complete(code, cycle, "agreeSituationPicture", "team-member", Map.of("teamAgreed", true));
        }

        void stepThree(String code, String cycle) {
            complete(
                    code,
                    cycle,
                    "identifyRiskAndProtectiveFactors",
                    "team-member",
                    Map.of(
                            "risk_COMMUNITY",
                            "Få mötesplatser",
                            "influenceableLevels",
                            SpinValues.jsonValue("[\"COMMUNITY\"]").create(),
                            "priorities",
                            "Otrygghet bland unga kvinnor"));
        }

        void stepFour(String code, String cycle, int year) {
            complete(
                    code,
                    cycle,
                    "chooseAmbitionLevel",
                    "coordinator",
                    Map.of(
                            "ambitionLevel",
                            "AVANCERAD",
                            "ambitionMotivation",
                            "Skolan vill införa en beprövad metod."));
            if (engine.plans() != null) {
                engine.plans()
                        .save(
                                cycleId(cycle),
                                CycleDocuments.plan(code, year, false),
                                "coordinator-" + code,
                                EngineClock.now());
            }
            complete(
                    code,
                    cycle,
                    "planActivities",
                    "coordinator",
                    Map.of(
                            "planChecklist",
                            SpinValues.jsonValue("[\"PROGRAMME_THEORY\",\"MEASURABLE_GOALS\",\"FOLLOW_UP_PLANNED\"]")
                                    .create()));
        }

        void stepFive(String code, String cycle, int year, String nextCycle) {
            decide(code, cycle, "STEERING_DOCUMENT_INTEGRATION");
            if (engine.plans() != null) {
                engine.plans()
                        .save(
                                cycleId(cycle),
                                CycleDocuments.plan(code, year, true),
                                "coordinator-" + code,
                                EngineClock.now());
            }
            complete(code, cycle, "followUpPlan", "coordinator", Map.of());
            complete(
                    code,
                    cycle,
                    "spreadLessons",
                    "coordinator",
                    Map.of(
                            "lessons",
                            "Eleverna vill fortsätta.",
                            "nextCycle",
                            nextCycle,
                            "nextCycleLabel",
                            Integer.toString(year + 1)));
        }

        private void decide(String code, String cycle, String type) {
            String decision = engine.runtime()
                    .createProcessInstanceQuery()
                    .superProcessInstanceId(cycle)
                    .processDefinitionKey(engine.decisionKey())
                    .singleResult()
                    .getId();
            Map<String, Object> proposal = new HashMap<>();
            proposal.put("decisionType", type);
            proposal.put("decisionTitle", "Beslut i IAVP-cykeln");
            proposal.put("decisionDescription", "Underlag från kommunteamet.");
            proposal.put("mandate", "Teamet får arbeta med de fem stegen.");
            proposal.put("resourcesSek", 10_000);
            proposal.put("resourcesHours", 40);
            proposal.put("followUpDate", EngineClock.today().plusMonths(6).toString());
            complete(code, decision, "prepareProposal", "coordinator", proposal);
            Object group = engine.runtime().getVariable(decision, "deciderGroup");
            Map<String, Object> verdict = new HashMap<>();
            verdict.put("verdict", "APPROVE");
            verdict.put("verdictComment", null);
            complete(code, decision, "approveDecision", group == null ? "manager" : group.toString(), verdict);
            for (Task outcome : engine.tasks()
                    .createTaskQuery()
                    .processDefinitionKey(engine.outcomeKey())
                    .taskAssignee("coordinator-" + code)
                    .list()) {
                completeTask(code, outcome.getId(), "coordinator", Map.of());
            }
        }

        private String cycleId(String cycle) {
            return (String) engine.runtime().getVariable(cycle, "cycleId");
        }

        private void complete(String code, String instance, String key, String group, Map<String, Object> variables) {
            Task task = engine.tasks()
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .taskDefinitionKey(key)
                    .singleResult();
            if (task == null) {
                throw new IllegalStateException("No open task " + key + " in " + code + "; waiting at "
                        + engine.runtime().getActiveActivityIds(instance));
            }
            completeTask(code, task.getId(), group, variables);
        }

        private void completeTask(String code, String taskId, String group, Map<String, Object> variables) {
            String user = switch (group) {
                case "police" -> "police-";
                case "team-member" -> "team-";
                case "manager" -> "manager-";
                case "board-chair" -> "chair-";
                default -> "coordinator-";
            };
            engine.identity().setAuthentication(user + code, List.of(group), List.of(code));
            try {
                long start = System.nanoTime();
                engine.tasks().complete(taskId, variables);
                if (timing) {
                    timings.add((System.nanoTime() - start) / 1e6);
                }
            } finally {
                engine.identity().clearAuthentication();
            }
        }
    }

    private CycleHistoryOf prevention() {
        return new CycleHistoryOf(
                runtimeService, taskService, identityService, "municipalDecision", "decisionOutcome", pictures, plans);
    }

    /** Runs {@code empty} in the coordinator's authentication, as Tasklist's requests run; an empty answer fails. */
    private void asCoordinator(java.util.function.BooleanSupplier empty) {
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            if (empty.getAsBoolean()) {
                throw new IllegalStateException("The coordinator's filter is empty");
            }
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void measure(String what, int requests, int warmUp, Runnable request) {
        measureAfter(what, requests, warmUp, () -> {}, request);
    }

    /** Like {@link #measure}, with {@code before} run untimed before each request. */
    private void measureAfter(String what, int requests, int warmUp, Runnable before, Runnable request) {
        for (int i = 0; i < warmUp; i++) {
            before.run();
            request.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            before.run();
            long start = System.nanoTime();
            request.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        String line = Stats.of(times).line(what + " (" + requests + ")");
        System.out.println(line);
        figures.add(line);
    }

    /** p50, p95 and the slowest of a list of times in milliseconds. */
    record Stats(int count, double mean, double p50, double p95, double max) {
        static Stats of(List<Double> times) {
            List<Double> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            double mean =
                    sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return new Stats(sorted.size(), mean, at(sorted, 0.50), at(sorted, 0.95), sorted.get(sorted.size() - 1));
        }

        private static double at(List<Double> sorted, double quantile) {
            return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
        }

        String line(String what) {
            return String.format("| %s | %.1f | %.1f | %.1f | %.1f |", what, p50, p95, max, mean);
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put(
                "process instances", runtimeService.createProcessInstanceQuery().count());
        var history = org.camunda.bpm.engine.ProcessEngines.getProcessEngines().values().stream()
                .filter(e -> e.getRuntimeService() == runtimeService)
                .findFirst()
                .orElseThrow()
                .getHistoryService();
        counts.put(
                "historic process instances",
                history.createHistoricProcessInstanceQuery().count());
        counts.put(
                "historic activity instances",
                history.createHistoricActivityInstanceQuery().count());
        counts.put("historic tasks", history.createHistoricTaskInstanceQuery().count());
        counts.put(
                "historic variables",
                history.createHistoricVariableInstanceQuery().count());
        counts.put("open tasks", taskService.createTaskQuery().count());
        return counts;
    }

    private Task taskOf(String instance, String key) {
        Task task = taskOrNull(instance, key);
        if (task == null) {
            throw new IllegalStateException("No open task " + key + " in " + instance + "; waiting at "
                    + runtimeService.getActiveActivityIds(instance));
        }
        return task;
    }

    private Task taskOrNull(String instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private void as(String user, String group, String code) {
        identityService.setAuthentication(user, List.of(group), List.of(code));
    }

    private static void expectOk(org.springframework.http.HttpStatus status) {
        if (status != org.springframework.http.HttpStatus.OK) {
            throw new IllegalStateException("Login failed: " + status);
        }
    }

    private static void expect(ResponseEntity<String> answer, String contained) {
        if (!answer.getStatusCode().is2xxSuccessful()
                || answer.getBody() == null
                || !answer.getBody().contains(contained)) {
            throw new IllegalStateException("Expected 2xx with '" + contained + "': " + answer.getStatusCode() + " "
                    + (answer.getBody() == null
                            ? ""
                            : answer.getBody()
                                    .substring(0, Math.min(300, answer.getBody().length()))));
        }
    }
}
