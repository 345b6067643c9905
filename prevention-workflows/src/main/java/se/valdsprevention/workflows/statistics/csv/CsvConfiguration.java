package se.valdsprevention.workflows.statistics.csv;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.workflows.schema.PreventionSchema;

/** Wiring of statistics files: their saved column mappings and uploads; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class CsvConfiguration {

    @Bean
    CsvMappings csvMappings(PreventionSchema migrated, DataSource dataSource) {
        return new CsvMappings(new JdbcTemplate(dataSource));
    }

    @Bean
    StatisticsUploads statisticsUploads(PreventionSchema migrated, DataSource dataSource) {
        return new StatisticsUploads(new JdbcTemplate(dataSource));
    }
}
