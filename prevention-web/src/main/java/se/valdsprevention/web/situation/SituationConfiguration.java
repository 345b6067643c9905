package se.valdsprevention.web.situation;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The situation picture page (Lägesbild), its imports of statistics and its CSV download. */
@Configuration(proxyBeanMethods = false)
@Import({SituationPage.class, KoladaImportPage.class, StatisticsFilePage.class, SituationPictureCsv.class})
public class SituationConfiguration {

    @Bean
    CurrentCycles situationCurrentCycles(
            RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
        return new CurrentCycles(runtimeService, historyService, identityService);
    }

    @Bean
    PictureImport situationPictureImport(
            SituationPictures pictures, CurrentCycles situationCurrentCycles, PlatformTransactionManager transactions) {
        return new PictureImport(pictures, situationCurrentCycles, transactions);
    }
}
