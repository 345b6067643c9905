package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.methods.StarterCatalogue;

/**
 * Nodes that an orchestrator starts at the same moment on an empty PostgreSQL database all come up, and the
 * first-start work is done once: one administrator, one of each demo user, tenant, group, grant, Tasklist filter,
 * model version and starter method, however the nodes' starts interleave.
 */
@Tag("cluster")
@EnabledIfSystemProperty(named = TestDatabase.URL, matches = "jdbc:postgresql:.*")
class NodesStartingTogetherTest {

    static final int NODES = 3;

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    String server;
    String database;

    /**
     * Spring Boot's logging system is one per JVM: several contexts initialising it at the same moment race
     * ("Unable to find Spring Environment in logger context"). The nodes here share the JVM's logging as it is; in
     * a real cluster every node has its own JVM.
     */
    static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @BeforeEach
    void sharedLoggingAndEmptyDatabase() throws SQLException {
        System.setProperty(LOGGING_SYSTEM, "none");
        String testUrl = System.getProperty(TestDatabase.URL);
        server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        database = "prevention_start_together_" + System.currentTimeMillis();
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void stopNodesAndDropDatabase() throws SQLException {
        System.clearProperty(LOGGING_SYSTEM);
        synchronized (nodes) {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void nodesStartedAtTheSameMomentOnAnEmptyDatabaseAllComeUpAndCreateEverythingOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(NODES);
        List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
        try {
            for (int i = 1; i <= NODES; i++) {
                String name = "node-" + i;
                starts.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(go);
                            return start(name);
                        },
                        threads));
            }
            go.countDown();
            for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
                assertThat(start.get(5, TimeUnit.MINUTES).isActive())
                        .as("every node is up")
                        .isTrue();
            }
        } finally {
            threads.shutdown();
        }

        CountyProperties county = nodes.get(0).getBean(CountyProperties.class);
        int municipalities = county.getMunicipalities().size();
        int starterMethods =
                nodes.get(0).getBean(StarterCatalogue.class).read().methods().size();
        try (Connection connection = DriverManager.getConnection(server + database, user(), "")) {
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'admin'"))
                    .as("one first administrator")
                    .isOne();
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_ID_USER"))
                    .as("the administrator and five demo users per municipality and the county officer")
                    .isEqualTo(1 + 5 * municipalities + 1);
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_ID_TENANT")).isEqualTo(municipalities);
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_ID_GROUP"))
                    .as("camunda-admin and the six role groups")
                    .isEqualTo(7);
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_RU_FILTER"))
                    .as("'Mina uppgifter' and one filter per role")
                    .isEqualTo(7);
            assertThat(count(connection, "SELECT COUNT(*) FROM prevention_municipality_change"))
                    .isEqualTo(municipalities);
            assertThat(count(connection, "SELECT COUNT(DISTINCT method_id) FROM prevention_method_revision"))
                    .isEqualTo(starterMethods);

            assertThat(duplicates(connection, "ACT_RU_FILTER", "RESOURCE_TYPE_, NAME_"))
                    .isEmpty();
            assertThat(duplicates(
                            connection,
                            "ACT_RU_AUTHORIZATION",
                            "TYPE_, COALESCE(GROUP_ID_, ''), COALESCE(USER_ID_, ''), RESOURCE_TYPE_, RESOURCE_ID_"))
                    .isEmpty();
            assertThat(duplicates(connection, "ACT_ID_MEMBERSHIP", "USER_ID_, GROUP_ID_"))
                    .isEmpty();
            assertThat(duplicates(connection, "ACT_ID_TENANT_MEMBER", "TENANT_ID_, COALESCE(USER_ID_, '')"))
                    .isEmpty();
            assertThat(duplicates(connection, "ACT_RE_PROCDEF", "KEY_, VERSION_"))
                    .as("each model deployed once")
                    .isEmpty();
            assertThat(count(connection, "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE VERSION_ > 1"))
                    .as("no model deployed a second time")
                    .isZero();
            assertThat(duplicates(connection, "prevention_method_revision", "method_id"))
                    .isEmpty();
            assertThat(duplicates(connection, "prevention_team_member_revision", "municipality_code, member_id"))
                    .as("each demo team member registered once")
                    .isEmpty();
        }
    }

    private ConfigurableApplicationContext start(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PreventionApplication.class)
                .profiles("postgres", "demo")
                .run(
                        "--spring.datasource.url=" + server + database,
                        "--spring.datasource.username=" + user(),
                        "--spring.main.web-application-type=none",
                        "--spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName(),
                        "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.job-execution.enabled=false",
                        "--prevention.demo.history=false",
                        "--spring.application.name=" + name);
        synchronized (nodes) {
            nodes.add(context);
        }
        return context;
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The key values that occur more than once in the table. */
    private static List<String> duplicates(Connection connection, String table, String key) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CONCAT_WS('|', " + key + ") FROM " + table
                        + " GROUP BY " + key + " HAVING COUNT(*) > 1")) {
            while (rows.next()) {
                found.add(table + ": " + rows.getString(1));
            }
        }
        return found;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
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
