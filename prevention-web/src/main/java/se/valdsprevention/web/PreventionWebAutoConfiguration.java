package se.valdsprevention.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.web.api.DomainApiConfiguration;
import se.valdsprevention.web.charts.ChartsConfiguration;
import se.valdsprevention.web.checkin.CheckInPages;
import se.valdsprevention.web.countypicture.CountyPictureConfiguration;
import se.valdsprevention.web.evaluation.EvaluationConfiguration;
import se.valdsprevention.web.home.HomeConfiguration;
import se.valdsprevention.web.methods.MethodBankConfiguration;
import se.valdsprevention.web.outbox.OutboxPages;
import se.valdsprevention.web.overview.OverviewPages;
import se.valdsprevention.web.plan.PlanConfiguration;
import se.valdsprevention.web.report.ReportConfiguration;
import se.valdsprevention.web.security.WorkspaceSecurity;
import se.valdsprevention.web.situation.SituationConfiguration;
import se.valdsprevention.web.statistics.StatisticsPages;
import se.valdsprevention.workflows.PreventionWorkflowsAutoConfiguration;

/**
 * What a Camunda Spring Boot application gets by adding prevention-web: the workspace pages, the domain API
 * under {@code /api}, and one login shared with Tasklist, Cockpit and Admin.
 */
@AutoConfiguration(
        after = PreventionWorkflowsAutoConfiguration.class,
        before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@Import({
    WorkspaceSecurity.class,
    WorkspacePages.class,
    DomainApiConfiguration.class,
    HomeConfiguration.class,
    ChartsConfiguration.class,
    MethodBankConfiguration.class,
    SituationConfiguration.class,
    PlanConfiguration.class,
    CheckInPages.class,
    EvaluationConfiguration.class,
    StatisticsPages.class,
    OverviewPages.class,
    CountyPictureConfiguration.class,
    ReportConfiguration.class,
    OutboxPages.class,
})
public class PreventionWebAutoConfiguration {}
