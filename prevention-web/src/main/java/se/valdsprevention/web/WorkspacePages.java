package se.valdsprevention.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.workflows.county.CountyProperties;

/** What every page shares: the logged-in user and county in the model, Swedish error pages, dates. */
@Configuration(proxyBeanMethods = false)
@Import({WorkspaceModel.class, WorkspaceErrors.class, LoginPage.class})
public class WorkspacePages {

    @Bean
    MunicipalityNames municipalityNames(CountyProperties county) {
        return new MunicipalityNames(county);
    }

    @Bean
    MunicipalityPopulations municipalityPopulations(CountyProperties county) {
        return new MunicipalityPopulations(county);
    }

    @Bean
    SwedishDates swedishDates(CountyProperties county) {
        return new SwedishDates(county.zone(), Clock.systemUTC());
    }
}
