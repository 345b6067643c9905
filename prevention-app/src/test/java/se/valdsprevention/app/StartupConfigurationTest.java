package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.valdsprevention.web.engineapi.EngineApiErrors;

/**
 * Outside the demo profile the application starts only when it is configured safely. These contexts
 * run without the web server: Camunda's webapps keep static state per JVM that a second web context
 * would take over from the demo county tests.
 */
class StartupConfigurationTest {

    @Test
    void refusesToStartWithoutACounty() {
        assertThatThrownBy(() -> start(List.of()))
                .rootCause()
                .hasMessageContaining("prevention.county")
                .hasMessageContaining("must be set to the county's two-digit code");
    }

    @Test
    void refusesToStartWithoutAnAdministrator() {
        assertThatThrownBy(() -> start(county()))
                .rootCause()
                .hasMessageContaining("No administrator exists")
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID");
    }

    @Test
    void startsWithTheFirstAdministratorFromConfigurationAndNoDemoUsers() {
        List<String> properties = new ArrayList<>(county());
        properties.add("camunda.bpm.admin-user.id=first-admin");
        properties.add("camunda.bpm.admin-user.password=A-long-secret-from-the-environment-42");

        try (ConfigurableApplicationContext context = start(properties)) {
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list())
                    .extracting(user -> user.getId())
                    .containsExactly("first-admin");
            assertThat(identity.checkPassword("first-admin", "A-long-secret-from-the-environment-42"))
                    .isTrue();
            assertThat(identity.createTenantQuery().list())
                    .extracting(tenant -> tenant.getId() + " " + tenant.getName())
                    .containsExactly("2303 Ragunda");
        }
    }

    @Test
    void keepsItsWorkInTheH2FileAcrossARestartWithoutDuplicatingItsSetUp() {
        Path database = newDatabase();
        List<String> properties = new ArrayList<>(county());
        properties.add("camunda.bpm.admin-user.id=first-admin");
        properties.add("camunda.bpm.admin-user.password=A-long-secret-from-the-environment-42");
        String instanceId;
        long filters;
        long authorizations;
        try (ConfigurableApplicationContext first = start(properties, database)) {
            instanceId = first.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(
                            "iavpCycle", java.util.Map.of("municipalityCode", "2303", "cycleLabel", "2027"))
                    .getId();
            filters = first.getBean(FilterService.class).createFilterQuery().count();
            authorizations = first.getBean(AuthorizationService.class)
                    .createAuthorizationQuery()
                    .count();
        }

        try (ConfigurableApplicationContext second = start(properties, database)) {
            assertThat(second.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processInstanceId(instanceId)
                            .singleResult()
                            .getTenantId())
                    .isEqualTo("2303");
            assertThat(second.getBean(FilterService.class).createFilterQuery().count())
                    .isEqualTo(filters)
                    .as("Mina uppgifter and one filter per role")
                    .isEqualTo(7);
            assertThat(second.getBean(AuthorizationService.class)
                            .createAuthorizationQuery()
                            .count())
                    .isEqualTo(authorizations);
            assertThat(second.getBean(RepositoryService.class)
                            .createProcessDefinitionQuery()
                            .processDefinitionKey("iavpCycle")
                            .count())
                    .as("an unchanged model is not deployed again")
                    .isOne();
        }
    }

    @Test
    void refusesAWeakPasswordOutsideTheDemoWithASwedishMessage() {
        try (ConfigurableApplicationContext context = start(withAdministrator())) {
            IdentityService identity = context.getBean(IdentityService.class);
            User weak = identity.newUser("weak-password-2303");
            weak.setPassword("a");

            Throwable refused = catchThrowable(() -> identity.saveUser(weak));

            assertThat(refused).isInstanceOf(ProcessEngineException.class);
            Response answer = EngineApiErrors.answer(refused);
            assertThat(answer.getStatus()).isEqualTo(400);
            assertThat(answer.getEntity().toString()).contains("minst 10 tecken");
            assertThat(identity.createUserQuery().userId("weak-password-2303").count())
                    .isZero();

            User strong = identity.newUser("strong-password-2303");
            strong.setPassword("Vinter-morgon-2027!");
            identity.saveUser(strong);
            assertThat(identity.checkPassword("strong-password-2303", "Vinter-morgon-2027!"))
                    .isTrue();
        }
    }

    @Test
    void locksAnAccountAfterTenFailedLoginsUntilAnAdministratorUnlocksIt() {
        try (ConfigurableApplicationContext context = start(withAdministrator())) {
            IdentityService identity = context.getBean(IdentityService.class);
            User user = identity.newUser("guessed-2303");
            user.setPassword("Vinter-morgon-2027!");
            identity.saveUser(user);
            try {
                for (int attempt = 1; attempt <= 10; attempt++) {
                    // Past the growing delay after each failure, so every attempt is a real guess.
                    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 120_000));
                    assertThat(identity.checkPassword("guessed-2303", "guess-" + attempt))
                            .isFalse();
                }
                ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000));
                assertThat(identity.checkPassword("guessed-2303", "Vinter-morgon-2027!"))
                        .as("locked a day later, even with the right password")
                        .isFalse();

                identity.unlockUser("guessed-2303");
                assertThat(identity.checkPassword("guessed-2303", "Vinter-morgon-2027!"))
                        .isTrue();
            } finally {
                ClockUtil.reset();
            }
        }
    }

    private static List<String> withAdministrator() {
        List<String> properties = new ArrayList<>(county());
        properties.add("camunda.bpm.admin-user.id=first-admin");
        properties.add("camunda.bpm.admin-user.password=A-long-secret-from-the-environment-42");
        return properties;
    }

    private static List<String> county() {
        return List.of(
                "prevention.county.code=23",
                "prevention.county.name=Jämtland",
                "prevention.county.municipalities[0].code=2303",
                "prevention.county.municipalities[0].name=Ragunda");
    }

    private static ConfigurableApplicationContext start(List<String> properties) {
        return start(properties, newDatabase());
    }

    private static Path newDatabase() {
        return Path.of("target", "h2", "startup-" + UUID.randomUUID(), "prevention");
    }

    private static ConfigurableApplicationContext start(List<String> properties, Path database) {
        List<String> all = new ArrayList<>(properties);
        all.add("spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath());
        all.add("spring.main.web-application-type=none");
        all.add("spring.autoconfigure.exclude=" + CamundaBpmRestJerseyAutoConfiguration.class.getName());
        all.add("camunda.bpm.generate-unique-process-engine-name=true");
        all.add("spring.datasource.generate-unique-name=true");
        all.add("camunda.bpm.job-execution.enabled=false");
        // As command-line arguments, so they override application.yaml as an operator's would.
        return new SpringApplicationBuilder(PreventionApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
