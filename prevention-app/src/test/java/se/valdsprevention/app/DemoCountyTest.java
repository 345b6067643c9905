package se.valdsprevention.app;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a user runs it: demo profile, a real H2 file database (fresh for each test
 * run, under target/) or, with {@code -Ppostgres}, the PostgreSQL test database; authorization on,
 * the webapps and REST API on a random port. The demo's history is off: these tests start from an empty county.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.generate-unique-name=true",
            "camunda.bpm.job-execution.enabled=false",
            "prevention.demo.history=false"
        })
@ActiveProfiles("demo")
public abstract class DemoCountyTest {

    static final Path DATABASE = Path.of("target", "h2", "demo-" + UUID.randomUUID(), "prevention");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath());
    }
}
