package se.valdsprevention.workflows;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.change.MunicipalityChangeHistory;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.checkin.CheckInConfiguration;
import se.valdsprevention.workflows.cluster.StartupLock;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.cycle.CycleConfiguration;
import se.valdsprevention.workflows.decision.ApplyDecisionSettings;
import se.valdsprevention.workflows.decision.CheckProposal;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.decision.FourEyes;
import se.valdsprevention.workflows.decision.RecordDecision;
import se.valdsprevention.workflows.decision.RecordDecisionFollowUp;
import se.valdsprevention.workflows.decision.RecordProposal;
import se.valdsprevention.workflows.decision.StartDecisionFollowUp;
import se.valdsprevention.workflows.decision.StartedByTheApplication;
import se.valdsprevention.workflows.deployment.PreventionResourcesPlugin;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.engine.SafeEngineDefaults;
import se.valdsprevention.workflows.identity.IdentityIdsPlugin;
import se.valdsprevention.workflows.identity.PreventionIdentity;
import se.valdsprevention.workflows.methods.MethodsConfiguration;
import se.valdsprevention.workflows.milestone.MilestoneConfiguration;
import se.valdsprevention.workflows.notification.NotificationConfiguration;
import se.valdsprevention.workflows.notification.Notifications;
import se.valdsprevention.workflows.schema.PreventionSchema;
import se.valdsprevention.workflows.situation.DocumentsConfiguration;
import se.valdsprevention.workflows.statistics.StatisticsConfiguration;
import se.valdsprevention.workflows.statistics.csv.CsvConfiguration;
import se.valdsprevention.workflows.statistics.kolada.KoladaConfiguration;
import se.valdsprevention.workflows.team.TeamConfiguration;
import se.valdsprevention.workflows.tenant.MunicipalityNamePlugin;
import se.valdsprevention.workflows.tenant.MunicipalityTenantIdProvider;
import se.valdsprevention.workflows.tenant.MunicipalityTenantPlugin;

/**
 * What a Camunda Spring Boot application gets by adding prevention-workflows: the models and forms
 * deployed, municipalities as tenants, the roles' groups, grants and Tasklist filters.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties(CountyProperties.class)
@Import({
    DocumentsConfiguration.class,
    CheckInConfiguration.class,
    CycleConfiguration.class,
    TeamConfiguration.class,
    MilestoneConfiguration.class,
    MethodsConfiguration.class,
    KoladaConfiguration.class,
    CsvConfiguration.class,
    StatisticsConfiguration.class,
    NotificationConfiguration.class
})
public class PreventionWorkflowsAutoConfiguration {

    @Bean
    MunicipalityTenantIdProvider municipalityTenantIdProvider(CountyProperties county) {
        return new MunicipalityTenantIdProvider(new LinkedHashSet<>(county.municipalityCodes()));
    }

    /** The county's time zone for every date the processes compute, before the engine starts. */
    @Bean
    MunicipalityNamePlugin municipalityNamePlugin(CountyProperties county) {
        EngineClock.useZone(county.zone());
        Map<String, String> names = new LinkedHashMap<>();
        county.getMunicipalities().forEach(municipality -> names.put(municipality.getCode(), municipality.getName()));
        return new MunicipalityNamePlugin(names);
    }

    @Bean
    MunicipalityTenantPlugin municipalityTenantPlugin(MunicipalityTenantIdProvider tenantIdProvider) {
        return new MunicipalityTenantPlugin(tenantIdProvider);
    }

    /** Runs after the starter's deployment configuration so the host's resources are already resolved. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    PreventionResourcesPlugin preventionResourcesPlugin() {
        return new PreventionResourcesPlugin(PreventionWorkflowsAutoConfiguration.class.getClassLoader());
    }

    @Bean
    @ConditionalOnProperty(name = "prevention.engine.safe-defaults", havingValue = "true", matchIfMissing = true)
    SafeEngineDefaults safeEngineDefaults() {
        return new SafeEngineDefaults();
    }

    /** Nodes starting together on one PostgreSQL database do their first-start work one after the other. */
    @Bean
    StartupLock startupLock(DataSource dataSource) {
        return new StartupLock(dataSource);
    }

    @Bean
    IdentityIdsPlugin identityIdsPlugin() {
        return new IdentityIdsPlugin();
    }

    @Bean
    PreventionIdentity preventionIdentity(ProcessEngine processEngine, CountyProperties county) {
        return new PreventionIdentity(processEngine, county);
    }

    /** Migrated under the start-up lock: nodes starting together on an empty database migrate one at a time. */
    @Bean
    @DependsOn("startupLock")
    PreventionSchema preventionSchema(DataSource dataSource) {
        return new PreventionSchema(dataSource);
    }

    @Bean
    DecisionRevisions decisionRevisions(PreventionSchema migrated, DataSource dataSource, MunicipalityChanges changes) {
        return new DecisionRevisions(new JdbcTemplate(dataSource), new DomainJson(), changes);
    }

    /** Every municipality of the county gets its change revision row at startup (a no-op when it has one). */
    @Bean
    MunicipalityChanges municipalityChanges(PreventionSchema migrated, DataSource dataSource, CountyProperties county) {
        MunicipalityChanges changes = new MunicipalityChanges(new JdbcTemplate(dataSource));
        changes.register(county.municipalityCodes());
        return changes;
    }

    @Bean
    MunicipalityChangeHistory municipalityChangeHistory(MunicipalityChanges changes) {
        return new MunicipalityChangeHistory(changes);
    }

    @Bean
    ApplyDecisionSettings applyDecisionSettings(CountyProperties county) {
        return new ApplyDecisionSettings(county.getDecisions());
    }

    @Bean
    CheckProposal checkProposal() {
        return new CheckProposal();
    }

    @Bean
    RecordProposal recordProposal(DecisionRevisions decisionRevisions) {
        return new RecordProposal(decisionRevisions);
    }

    @Bean
    FourEyes fourEyes() {
        return new FourEyes();
    }

    @Bean
    RecordDecision recordDecision(DecisionRevisions decisionRevisions, Notifications notifications) {
        return new RecordDecision(decisionRevisions, notifications);
    }

    @Bean
    StartedByTheApplication startedByTheApplication() {
        return new StartedByTheApplication();
    }

    @Bean
    StartDecisionFollowUp startDecisionFollowUp(DecisionRevisions decisionRevisions) {
        return new StartDecisionFollowUp(decisionRevisions);
    }

    @Bean
    RecordDecisionFollowUp recordDecisionFollowUp(DecisionRevisions decisionRevisions) {
        return new RecordDecisionFollowUp(decisionRevisions);
    }
}
