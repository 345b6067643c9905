package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Every task completion the REST API has acknowledged survives {@code kill -9} of the application.
 * The application runs as a process of its own, on a fresh H2 file database with the options of the
 * default url in {@code application.yaml} (or, with {@code -Ppostgres}, on a fresh PostgreSQL
 * database). Several threads complete tasks; after {@value #KILL_AFTER} acknowledgements the process
 * gets SIGKILL while completions are still in flight. After a restart on the same database every
 * acknowledged completion must be there, and nothing twice.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashDurabilityTest {

    static final String PROCESS = "crashDurability";
    static final int INSTANCES = 300;
    static final int THREADS = 4;
    static final int KILL_AFTER = INSTANCES * 2 / 5;
    static final String POSTGRES_DATABASE = "prevention_crash_test";

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="crashDurabilityDefinitions" targetNamespace="https://valdsprevention.se/test">
              <bpmn:process id="crashDurability" name="Crash durability" isExecutable="true"
                  camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="toWork" sourceRef="start" targetRef="work"/>
                <bpmn:userTask id="work" name="Work" camunda:assignee="admin"/>
                <bpmn:sequenceFlow id="toEnd" sourceRef="work" targetRef="end"/>
                <bpmn:endEvent id="end"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String AUTHORIZATION =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Path directory =
            Path.of("target", "crash-durability", UUID.randomUUID().toString()).toAbsolutePath();
    private final List<Child> children = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopChildren() throws InterruptedException {
        threads.shutdownNow();
        for (Child child : children) {
            child.process.destroyForcibly();
            child.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedCompletionSurvivesKillMinusNine() throws Exception {
        Files.createDirectories(directory);
        List<String> database = database();

        Child first = start(database, 1);
        deploy(first);
        List<String> instances = startInstances(first);
        List<String> tasks = ids(get(first, "/engine-rest/task?processDefinitionKey=" + PROCESS + "&maxResults=1000"));
        assertThat(tasks).hasSize(INSTANCES);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger acknowledgements = new AtomicInteger();
        AtomicLong untilKill = new AtomicLong();
        long begin = System.nanoTime();
        complete(first, tasks, acknowledged, () -> {
            if (acknowledgements.incrementAndGet() == KILL_AFTER) {
                untilKill.set(System.nanoTime() - begin);
                first.kill();
            }
        });
        assertThat(first.killed)
                .as("killed after %d acknowledgements", KILL_AFTER)
                .isTrue();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        report(
                "%d completions acknowledged in %d ms (%.1f ms each), SIGKILL then; %d acknowledged in all",
                KILL_AFTER,
                TimeUnit.NANOSECONDS.toMillis(untilKill.get()),
                untilKill.get() / 1e6 / KILL_AFTER,
                acknowledged.size());

        Child second = start(database, 2);
        Map<String, JsonNode> historicTasks = byId(get(
                second, "/engine-rest/history/task?processDefinitionKey=" + PROCESS + "&maxResults=" + 2 * INSTANCES));
        Map<String, JsonNode> historicInstances = byId(get(
                second,
                "/engine-rest/history/process-instance?processDefinitionKey=" + PROCESS + "&maxResults="
                        + 2 * INSTANCES));
        List<String> open = ids(get(second, "/engine-rest/task?processDefinitionKey=" + PROCESS + "&maxResults=1000"));
        List<String> finished = historicTasks.values().stream()
                .filter(task -> !task.path("endTime").isNull())
                .map(task -> task.path("id").asText())
                .toList();
        List<String> lost = acknowledged.stream()
                .filter(task -> !completed(historicTasks.get(task), historicInstances))
                .sorted()
                .toList();
        report(
                "after the restart %d finished, %d open; %d of %d acknowledged completions lost;"
                        + " %d committed without an acknowledgement",
                finished.size(),
                open.size(),
                lost.size(),
                acknowledged.size(),
                finished.stream().filter(task -> !acknowledged.contains(task)).count());

        // The cost of a commit on this database: the remaining tasks, completed without a kill.
        long rest = System.nanoTime();
        Set<String> completedAfterRestart = ConcurrentHashMap.newKeySet();
        complete(second, open, completedAfterRestart, () -> {});
        long restNanos = System.nanoTime() - rest;
        report(
                "the other %d completions took %d ms (%.1f ms each)",
                open.size(), TimeUnit.NANOSECONDS.toMillis(restNanos), restNanos / 1e6 / Math.max(1, open.size()));
        if (!TestDatabase.isPostgres()) {
            report(
                    "%s, file size %d kB",
                    h2Url(directory.resolve("prevention")), Files.size(directory.resolve("prevention.mv.db")) / 1024);
        }

        assertThat(historicInstances.keySet())
                .as("every started process instance is there")
                .containsExactlyInAnyOrderElementsOf(instances);
        Map<String, Long> tasksPerInstance = historicTasks.values().stream()
                .collect(Collectors.groupingBy(
                        task -> task.path("processInstanceId").asText(), Collectors.counting()));
        assertThat(instances.stream().filter(instance -> tasksPerInstance.getOrDefault(instance, 0L) != 1))
                .as("process instances without exactly one task")
                .isEmpty();
        assertThat(lost)
                .as("acknowledged completions lost by kill -9 (%d of %d)", lost.size(), acknowledged.size())
                .isEmpty();
        assertThat(finished.size() + open.size())
                .as("finished and open tasks together are the instances started")
                .isEqualTo(INSTANCES);
        assertThat(open)
                .as("the open tasks are those not finished")
                .containsExactlyInAnyOrderElementsOf(historicTasks.keySet().stream()
                        .filter(task -> !finished.contains(task))
                        .toList());
        assertThat(completedAfterRestart).containsExactlyInAnyOrderElementsOf(open);
        assertThat(ids(get(second, "/engine-rest/task?processDefinitionKey=" + PROCESS)))
                .isEmpty();
    }

    /** Starts {@value #INSTANCES} instances of the test process from {@value #THREADS} threads; their ids. */
    private List<String> startInstances(Child child) throws Exception {
        long begin = System.nanoTime();
        List<Future<String>> starts = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            starts.add(threads.submit(() -> {
                // Every instance belongs to a municipality (its tenant), the administrator's too.
                HttpResponse<String> started = post(
                        child,
                        "/engine-rest/process-definition/key/" + PROCESS + "/start",
                        "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}}}");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
                return JSON.readTree(started.body()).path("id").asText();
            }));
        }
        List<String> instances = new ArrayList<>();
        for (Future<String> start : starts) {
            instances.add(start.get(2, TimeUnit.MINUTES));
        }
        report(
                "%d process instances started in %d ms",
                INSTANCES, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        return instances;
    }

    /**
     * Completes the tasks from {@value #THREADS} threads until none is left or the child has been killed,
     * collecting those acknowledged with 204. A request that fails after the kill is not acknowledged; one
     * answered 503 (busy, nothing saved) is sent again.
     */
    private void complete(Child child, List<String> tasks, Set<String> acknowledged, Runnable onAcknowledged)
            throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
        AtomicInteger busy = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            running.add(threads.submit(() -> {
                for (String task = queue.poll(); task != null; task = queue.poll()) {
                    HttpResponse<String> response;
                    try {
                        response = post(child, "/engine-rest/task/" + task + "/complete", "{}");
                    } catch (IOException gone) {
                        if (!child.killed.get()) {
                            throw gone;
                        }
                        return null;
                    }
                    if (response.statusCode() == 204) {
                        acknowledged.add(task);
                        onAcknowledged.run();
                    } else if (response.statusCode() == 503 && !child.killed.get()) {
                        // The database gave up a lock wait and rolled back: sent again, as a client would.
                        busy.incrementAndGet();
                        queue.add(task);
                    } else if (!child.killed.get()) {
                        throw new AssertionError(
                                "completing " + task + ": " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get(2, TimeUnit.MINUTES);
        }
        if (busy.get() > 0) {
            report("%d completions answered 503 (busy) and sent again", busy.get());
        }
    }

    private static void report(String format, Object... values) {
        System.out.printf(
                "CrashDurabilityTest [%s, %d threads]: %s%n", databaseName(), THREADS, format.formatted(values));
    }

    private static boolean completed(JsonNode task, Map<String, JsonNode> instances) {
        if (task == null
                || task.path("endTime").isNull()
                || !"completed".equals(task.path("deleteReason").asText())) {
            return false;
        }
        JsonNode instance = instances.get(task.path("processInstanceId").asText());
        return instance != null && "COMPLETED".equals(instance.path("state").asText());
    }

    /** The child's database arguments: the PostgreSQL test server's, or a new H2 file with the default options. */
    private List<String> database() throws SQLException {
        if (TestDatabase.isPostgres()) {
            String testUrl = System.getProperty(TestDatabase.URL);
            String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
            String user = System.getProperty("prevention.test.postgres.user", "postgres");
            String password = System.getProperty("prevention.test.postgres.password", "");
            try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + POSTGRES_DATABASE);
                statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
            }
            return List.of(
                    "--spring.datasource.url=" + server + POSTGRES_DATABASE,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password);
        }
        return List.of("--spring.datasource.url=" + h2Url(directory.resolve("prevention")));
    }

    /** The default url of application.yaml with the file moved to {@code file}: the same H2 options. */
    static String h2Url(Path file) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties properties = yaml.getObject();
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).as("the default url in application.yaml").startsWith("jdbc:h2:file:");
        int options = url.indexOf(';');
        return "jdbc:h2:file:" + file + (options < 0 ? "" : url.substring(options));
    }

    private static String databaseName() {
        return TestDatabase.isPostgres() ? "PostgreSQL" : "H2";
    }

    private Child start(List<String> database, int number) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                PreventionApplication.class.getName(),
                "--spring.profiles.active=demo",
                "--prevention.demo.history=false",
                "--server.port=0"));
        command.addAll(database);
        Path log = directory.resolve("child-" + number + ".log");
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        Child child = new Child(process, log);
        children.add(child);
        child.follow();
        boolean ready = child.ready.await(180, TimeUnit.SECONDS);
        assertThat(ready && process.isAlive() && child.port.get() > 0)
                .as("child %d started (log %s):%n%s", number, log, child.tail())
                .isTrue();
        return child;
    }

    private void deploy(Child child) throws Exception {
        String boundary = "crash-durability-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "crash-durability\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"crash-durability.bpmn\"; filename=\"crash-durability.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n"
                + MODEL + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(
                request(child, "/engine-rest/deployment/create")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(Child child, String path, String json) throws IOException, InterruptedException {
        return http.send(
                request(child, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(Child child, String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request(child, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(Child child, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port.get() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTHORIZATION);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(node -> byId.put(node.path("id").asText(), node));
        return byId;
    }

    /** The application in its own JVM, its output (stderr included) copied to a log file as it comes. */
    static final class Child {

        final Process process;
        final Path log;
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicInteger port = new AtomicInteger();
        final AtomicBoolean killed = new AtomicBoolean();
        private final Deque<String> tail = new ArrayDeque<>();

        Child(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        /** SIGKILL (on Linux): the JVM gets no chance to flush or close anything. Once only. */
        void kill() {
            if (killed.compareAndSet(false, true)) {
                process.destroyForcibly();
            }
        }

        void follow() {
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader lines = new BufferedReader(
                                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                                out.println(line);
                                remember(line);
                                Matcher matcher = PORT.matcher(line);
                                if (matcher.find()) {
                                    port.set(Integer.parseInt(matcher.group(1)));
                                }
                                if (line.contains("Started PreventionApplication")) {
                                    ready.countDown();
                                }
                            }
                        } catch (IOException ignored) {
                            // the process is gone
                        } finally {
                            ready.countDown();
                        }
                    },
                    "child-output-" + log.getFileName());
            reader.setDaemon(true);
            reader.start();
        }

        private synchronized void remember(String line) {
            tail.addLast(line);
            if (tail.size() > 80) {
                tail.removeFirst();
            }
        }

        synchronized String tail() {
            return String.join(System.lineSeparator(), tail);
        }
    }
}
