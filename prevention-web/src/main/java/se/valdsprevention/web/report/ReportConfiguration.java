package se.valdsprevention.web.report;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.thymeleaf.ITemplateEngine;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.charts.SituationCharts;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The board report (rapport till kommunstyrelsen) as PDF: {@code /kommuner/{kod}/rapport.pdf}. */
@Configuration(proxyBeanMethods = false)
@Import(BoardReportController.class)
public class ReportConfiguration {

    @Bean
    BoardReport boardReport(ITemplateEngine templateEngine, SituationCharts charts) {
        return new BoardReport(templateEngine, charts);
    }

    @Bean
    BoardReports boardReports(
            RuntimeService runtimeService,
            SituationPictures pictures,
            ActionPlans plans,
            DecisionRevisions decisions,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SwedishDates dates) {
        return new BoardReports(runtimeService, pictures, plans, decisions, names, populations, dates);
    }
}
