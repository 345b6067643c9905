package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/**
 * Two application nodes on one PostgreSQL database form a Camunda cluster: a timer is acquired and run
 * by exactly one node, work done on one node is seen on the other, and when a node stops abruptly
 * with a job it had locked, the other node takes the job over once the lock has expired. Each node is
 * a whole application context; their job acquisition is driven here, as the job executor would drive
 * it, so the test decides when each node acts instead of waiting for background threads.
 */
@Tag("cluster")
@EnabledIfSystemProperty(named = TestDatabase.URL, matches = "jdbc:postgresql:.*")
class TwoNodeClusterTest {

    /** A database of the cluster's own, created afresh for each test, so no other test's jobs are due in it. */
    static final String DATABASE = "prevention_cluster_test";

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    String url;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String testUrl = System.getProperty(TestDatabase.URL);
        String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server + "postgres", user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        url = server + DATABASE;
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    @Test
    void aReminderTimerFiresOnceAcrossTheNodesAndAnApprovalOnOneNodeIsSeenOnTheOther() throws Exception {
        ProcessEngine a = start("node-a");
        ProcessEngine b = start("node-b");
        List<String> decisions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            decisions.add(Decisions.proposeOn(i % 2 == 0 ? a : b));
        }
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(15 * 24 * 3600)));

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<String>> byA = CompletableFuture.supplyAsync(() -> acquire(a, "node-a", together));
        CompletableFuture<List<String>> byB = CompletableFuture.supplyAsync(() -> acquire(b, "node-b", together));
        List<String> acquiredByA = byA.get();
        List<String> acquiredByB = byB.get();

        Set<String> overlap = new HashSet<>(acquiredByA);
        overlap.retainAll(acquiredByB);
        assertThat(overlap).as("no job is acquired by both nodes").isEmpty();
        assertThat(acquiredByA.size() + acquiredByB.size())
                .as("every due reminder is acquired")
                .isEqualTo(decisions.size());
        acquiredByA.forEach(job -> a.getManagementService().executeJob(job));
        acquiredByB.forEach(job -> b.getManagementService().executeJob(job));

        for (String decision : decisions) {
            assertThat(a.getTaskService()
                            .createTaskQuery()
                            .processInstanceId(decision)
                            .taskDefinitionKey("remindDecider")
                            .count())
                    .as("one reminder for " + decision)
                    .isOne();
        }

        String approval = b.getTaskService()
                .createTaskQuery()
                .processInstanceId(decisions.get(0))
                .taskDefinitionKey("approveDecision")
                .singleResult()
                .getId();
        b.getIdentityService().setAuthentication("manager-2417", List.of("manager"), List.of("2417"));
        b.getTaskService().complete(approval, Map.of("verdict", "APPROVE"));
        b.getIdentityService().clearAuthentication();

        assertThat(a.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(decisions.get(0))
                        .count())
                .as("node A sees the decision node B approved as ended")
                .isZero();
        String decisionId = (String) a.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(decisions.get(0))
                .variableName("decisionId")
                .singleResult()
                .getValue();
        assertThat(node("node-a").getBean(DecisionRevisions.class).history(decisionId))
                .extracting(revision -> revision.decision().status().name())
                .containsExactly("PROPOSED", "APPROVED");
    }

    @Test
    void whenANodeStopsAbruptlyWithALockedJobTheOtherTakesItOverOnceTheLockExpires() {
        ProcessEngine a = start("node-a");
        ProcessEngine b = start("node-b");
        String decision = Decisions.proposeOn(a);
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(15 * 24 * 3600)));

        List<String> lockedByA = acquire(a, "node-a", null);
        assertThat(lockedByA).hasSize(1);
        node("node-a").close();

        assertThat(acquire(b, "node-b", null))
                .as("the job is still locked by the stopped node")
                .isEmpty();
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(6 * 60)));
        List<String> takenOver = acquire(b, "node-b", null);
        assertThat(takenOver).containsExactlyElementsOf(lockedByA);
        b.getManagementService().executeJob(takenOver.get(0));

        assertThat(b.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(decision)
                        .taskDefinitionKey("remindDecider")
                        .count())
                .as("the reminder was created once, by node B")
                .isOne();
        assertThat(b.getManagementService()
                        .createJobQuery()
                        .processInstanceId(decision)
                        .activityId("reminderDue")
                        .count())
                .isZero();
    }

    private ProcessEngine start(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PreventionApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user(),
                        "--spring.main.web-application-type=none",
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.job-execution.enabled=false",
                        "--prevention.demo.history=false",
                        "--spring.application.name=" + name);
        nodes.add(context);
        return context.getBean(ProcessEngine.class);
    }

    private static String user() {
        return System.getProperty("prevention.test.postgres.user", "postgres");
    }

    private ConfigurableApplicationContext node(String name) {
        return nodes.stream()
                .filter(context -> name.equals(context.getEnvironment().getProperty("spring.application.name")))
                .findFirst()
                .orElseThrow();
    }

    /** One acquisition round of a node's job executor: the due jobs it locked for itself. */
    private static List<String> acquire(ProcessEngine engine, String lockOwner, CyclicBarrier together) {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setLockOwner(lockOwner);
        executor.setLockTimeInMillis(5 * 60 * 1000);
        executor.setMaxJobsPerAcquisition(50);
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try {
            if (together != null) {
                together.await();
            }
            AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor));
            List<String> jobs = new ArrayList<>();
            acquired.getJobIdBatches().forEach(jobs::addAll);
            return jobs;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
