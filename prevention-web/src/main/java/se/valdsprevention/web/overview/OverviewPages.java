package se.valdsprevention.web.overview;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The county overview ({@code /lan}) and the municipality page ({@code /kommuner/{kod}}). */
@Configuration(proxyBeanMethods = false)
@Import({CountyOverviewPage.class, MunicipalityPage.class, CycleHistory.class, CountyOverviewRows.class})
public class OverviewPages {}
