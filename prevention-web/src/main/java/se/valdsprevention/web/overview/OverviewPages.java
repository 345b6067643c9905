package se.valdsprevention.web.overview;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The county overview ({@code /lan}), its report ({@code /lan/rapport.pdf}) and the municipality page. */
@Configuration(proxyBeanMethods = false)
@Import({
    CountyOverviewPage.class,
    MunicipalityPage.class,
    CountyReportController.class,
    CycleHistory.class,
    CountyOverviewRows.class,
    OverviewCharts.class,
    OverviewRefresher.class
})
@EnableConfigurationProperties(OverviewProperties.class)
public class OverviewPages {}
