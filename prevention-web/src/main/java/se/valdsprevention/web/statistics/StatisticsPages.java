package se.valdsprevention.web.statistics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The county's statistics page; left out with the Kolada client ({@code prevention.statistics.kolada.enabled}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
        prefix = "prevention.statistics.kolada",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@Import(CountyStatisticsPage.class)
public class StatisticsPages {}
