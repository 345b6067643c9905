package se.valdsprevention.app;

import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the application tests run on: H2 files by default, or the PostgreSQL database named
 * by the system property {@value #URL} (set by the Maven profile {@code postgres}).
 */
final class TestDatabase {

    static final String URL = "prevention.test.postgres.url";

    private TestDatabase() {}

    static boolean isPostgres() {
        String url = System.getProperty(URL);
        return url != null && !url.isBlank();
    }

    static void configure(DynamicPropertyRegistry registry, Supplier<Object> h2Url) {
        if (isPostgres()) {
            registry.add("spring.datasource.url", () -> System.getProperty(URL));
            registry.add(
                    "spring.datasource.username",
                    () -> System.getProperty("prevention.test.postgres.user", "postgres"));
            registry.add(
                    "spring.datasource.password", () -> System.getProperty("prevention.test.postgres.password", ""));
        } else {
            registry.add("spring.datasource.url", h2Url);
        }
    }
}
