package se.valdsprevention.web.situation;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The situation picture page (Lägesbild) and its CSV download. */
@Configuration(proxyBeanMethods = false)
@Import({SituationPage.class, SituationPictureCsv.class})
public class SituationConfiguration {

    @Bean
    CurrentCycles situationCurrentCycles(
            RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
        return new CurrentCycles(runtimeService, historyService, identityService);
    }
}
