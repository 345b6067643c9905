package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that dies with a job it had locked costs that job at most the configured lock time plus the survivor's
 * longest idle poll ({@code camunda.bpm.job-execution.lock-time-in-millis} + {@code max-wait}, the bound
 * docs/operations.md gives under "Losing a node"). Node A locks a due reminder as its job executor would and
 * then stops without running or unlocking it, which is what a SIGKILL leaves in the database; node B's own job
 * executor, with the application's settings, runs the reminder once, after the lock has expired and within the
 * bound. The times are the real clock's: the job executor decides when it polls.
 */
@Tag("cluster")
@EnabledIfSystemProperty(named = TestDatabase.URL, matches = "jdbc:postgresql:.*")
class JobFailoverTest {

    private static final Logger LOG = LoggerFactory.getLogger(JobFailoverTest.class);

    /** Committing the job's transaction and writing its log, on a machine shared with other builds. */
    static final Duration EXECUTION_SLACK = Duration.ofSeconds(5);

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    String server;
    String database;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String testUrl = System.getProperty(TestDatabase.URL);
        server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        database = "prevention_failover_" + System.currentTimeMillis();
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void stopNodesAndDropDatabase() throws SQLException {
        nodes.forEach(ConfigurableApplicationContext::close);
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void aJobLockedByANodeThatDiedRunsOnTheSurvivorWithinLockTimePlusMaxWait() {
        ConfigurableApplicationContext nodeA = start("node-a", false);
        ProcessEngine a = nodeA.getBean(ProcessEngine.class);
        long lockTime =
                nodeA.getEnvironment().getRequiredProperty("camunda.bpm.job-execution.lock-time-in-millis", Long.class);
        long maxWait = nodeA.getEnvironment().getRequiredProperty("camunda.bpm.job-execution.max-wait", Long.class);

        String decision = Decisions.proposeOn(a);
        Job reminder = a.getManagementService()
                .createJobQuery()
                .processInstanceId(decision)
                .activityId("reminderDue")
                .singleResult();
        a.getManagementService()
                .setJobDuedate(reminder.getId(), Date.from(Instant.now().minusSeconds(1)));
        assertThat(lock(a, "node-a", lockTime)).containsExactly(reminder.getId());
        JobEntity lockedJob = (JobEntity) a.getManagementService()
                .createJobQuery()
                .jobId(reminder.getId())
                .singleResult();
        assertThat(lockedJob.getLockOwner()).isEqualTo("node-a");
        Instant locked = lockedJob.getLockExpirationTime().toInstant().minusMillis(lockTime);
        nodes.remove(nodeA);
        nodeA.close();

        ConfigurableApplicationContext nodeB = start("node-b", true);
        ProcessEngine b = nodeB.getBean(ProcessEngine.class);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) b.getProcessEngineConfiguration()).getJobExecutor();
        assertThat(executor.isActive()).as("node B's job executor runs").isTrue();
        assertThat(executor.getLockTimeInMillis()).isEqualTo((int) lockTime);
        assertThat(executor.getMaxWait()).isEqualTo(maxWait);

        Duration bound = Duration.ofMillis(lockTime + maxWait).plus(EXECUTION_SLACK);
        HistoricJobLog ran = await().atMost(bound.plusSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> b
                                .getHistoryService()
                                .createHistoricJobLogQuery()
                                .jobId(reminder.getId())
                                .successLog()
                                .list()
                                .stream()
                                .findFirst()
                                .orElse(null),
                        log -> log != null);
        Duration takeover = Duration.between(locked, ran.getTimestamp().toInstant());
        LOG.info(
                "A job locked by a node that died ran on the survivor {} ms after it was locked "
                        + "(lock time {} ms, max wait {} ms)",
                takeover.toMillis(),
                lockTime,
                maxWait);

        assertThat(ran.getHostname()).as("the survivor ran it").isEqualTo("node-b");
        assertThat(takeover)
                .as("not before the dead node's lock expired")
                .isGreaterThanOrEqualTo(Duration.ofMillis(lockTime));
        assertThat(takeover).as("within lock time + max wait").isLessThanOrEqualTo(bound);
        assertThat(b.getHistoryService()
                        .createHistoricJobLogQuery()
                        .jobId(reminder.getId())
                        .successLog()
                        .count())
                .as("it ran once")
                .isOne();
        assertThat(b.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(decision)
                        .taskDefinitionKey("remindDecider")
                        .count())
                .as("one reminder")
                .isOne();
    }

    private ConfigurableApplicationContext start(String name, boolean jobExecution) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PreventionApplication.class)
                .profiles("postgres", "demo")
                .run(
                        "--spring.datasource.url=" + server + database,
                        "--spring.datasource.username=" + user(),
                        "--spring.main.web-application-type=none",
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--camunda.bpm.job-execution.enabled=" + jobExecution,
                        "--prevention.demo.history=false",
                        "--spring.application.name=" + name);
        nodes.add(context);
        return context;
    }

    /** What a node's job executor writes when it acquires: the due jobs, locked for it for the lock time. */
    private static List<String> lock(ProcessEngine engine, String lockOwner, long lockTime) {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setLockOwner(lockOwner);
        executor.setLockTimeInMillis((int) lockTime);
        executor.setMaxJobsPerAcquisition(3);
        AcquiredJobs acquired = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(executor));
        List<String> jobs = new ArrayList<>();
        acquired.getJobIdBatches().forEach(jobs::addAll);
        return jobs;
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String user() {
        return System.getProperty("prevention.test.postgres.user", "postgres");
    }
}
