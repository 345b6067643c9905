package se.valdsprevention.web.charts;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The charts of situation pictures: {@link SituationCharts} and {@link ProcessCharts} for pages and reports, and their SVG addresses. */
@Configuration(proxyBeanMethods = false)
@Import(ChartsController.class)
public class ChartsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SituationCharts situationCharts() {
        return new SituationCharts();
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessCharts processCharts() {
        return new ProcessCharts();
    }

    @Bean
    ChartPictures chartPictures(
            RuntimeService runtimeService, SituationPictures pictures, MunicipalityPopulations populations) {
        return new ChartPictures(runtimeService, pictures, populations);
    }
}
