package se.valdsprevention.workflows.statistics;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.schema.PreventionSchema;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;

/**
 * Wiring of the stored Kolada values and the county-wide fetch; imported by the auto-configuration after the Kolada
 * client, and left out with it ({@code prevention.statistics.kolada.enabled=false}). A host or a test may give its
 * own {@link FetchThread}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
        prefix = "prevention.statistics.kolada",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
public class StatisticsConfiguration {

    @Bean
    KoladaValues koladaValues(PreventionSchema migrated, DataSource dataSource) {
        return new KoladaValues(new JdbcTemplate(dataSource));
    }

    @Bean
    FetchRuns koladaFetchRuns(PreventionSchema migrated, DataSource dataSource) {
        return new FetchRuns(new JdbcTemplate(dataSource));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    FetchThread koladaFetchThread() {
        return FetchThread.background();
    }

    @Bean
    CountyFetch countyFetch(
            KoladaClient client,
            KoladaProperties kolada,
            CountyProperties county,
            FetchRuns runs,
            KoladaValues values,
            PlatformTransactionManager transactionManager,
            FetchThread thread) {
        return new CountyFetch(
                client, kolada, county, runs, values, new TransactionTemplate(transactionManager), thread);
    }
}
