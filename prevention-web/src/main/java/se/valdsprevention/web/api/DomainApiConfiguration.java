package se.valdsprevention.web.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The domain API under {@code /api}: situation pictures and action plans as JSON, for scripts and integrations. */
@Configuration(proxyBeanMethods = false)
@Import({OpenCycles.class, SituationPictureController.class, ActionPlanController.class, ApiErrors.class})
public class DomainApiConfiguration {}
