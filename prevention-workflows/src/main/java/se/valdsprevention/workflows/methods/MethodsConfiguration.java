package se.valdsprevention.workflows.methods;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.schema.PreventionSchema;

/**
 * Wiring of the method bank; imported by the auto-configuration. The starter catalogue is loaded into an empty
 * bank at start unless {@code prevention.method-bank.load-starter-catalogue=false}.
 */
@Configuration(proxyBeanMethods = false)
public class MethodsConfiguration {

    @Bean
    Methods methods(PreventionSchema migrated, DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new Methods(new JdbcTemplate(dataSource), new DomainJson(), new TransactionTemplate(transactionManager));
    }

    @Bean
    StarterCatalogue starterCatalogue(Methods methods) {
        return new StarterCatalogue(methods, new DomainJson(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(
            prefix = "prevention.method-bank",
            name = "load-starter-catalogue",
            havingValue = "true",
            matchIfMissing = true)
    SmartInitializingSingleton loadStarterCatalogue(StarterCatalogue catalogue) {
        return catalogue::loadIfEmpty;
    }
}
