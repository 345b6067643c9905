package se.valdsprevention.workflows.situation;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.schema.PreventionSchema;

/** Wiring of the situation-picture and action-plan documents; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class DocumentsConfiguration {

    @Bean
    SituationPictures situationPictures(PreventionSchema migrated, DataSource dataSource, MunicipalityChanges changes) {
        return new SituationPictures(new JdbcTemplate(dataSource), new DomainJson(), changes);
    }

    @Bean
    ActionPlans actionPlans(PreventionSchema migrated, DataSource dataSource, MunicipalityChanges changes) {
        return new ActionPlans(new JdbcTemplate(dataSource), new DomainJson(), changes);
    }
}
