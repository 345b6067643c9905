package se.valdsprevention.web.plan;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The action plan page: {@code /kommuner/{kod}/handlingsplan}. */
@Configuration(proxyBeanMethods = false)
@Import({ActionPlanPage.class, PlanCycles.class, PlanMethods.class})
public class PlanConfiguration {}
