package se.valdsprevention.workflows.schema;

import java.io.IOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps Spring Boot's own Flyway out of a host application that has no migrations of its own.
 *
 * <p>prevention-workflows brings Flyway for its tables ({@link PreventionSchema}), and Flyway on the
 * class path switches on Spring Boot's Flyway auto-configuration. In a Camunda database with no
 * Flyway history that fails at start ("non-empty schema"). So when the host has not configured
 * {@code spring.flyway.enabled} or {@code spring.flyway.locations} and has nothing under
 * {@code db/migration}, Spring Boot's Flyway is switched off by default. A host with its own
 * migrations keeps its Flyway as it was.
 */
public class HostFlywayDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "preventionHostFlywayDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.flyway.enabled")
                || environment.containsProperty("spring.flyway.locations")
                || hostHasMigrations(application.getClassLoader())) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
    }

    private static boolean hostHasMigrations(ClassLoader classLoader) {
        try {
            return new PathMatchingResourcePatternResolver(classLoader)
                            .getResources("classpath*:db/migration/**/*.sql")
                            .length
                    > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
