package se.valdsprevention.workflows.situation;

import org.springframework.context.annotation.Configuration;

/** Wiring of the situation-picture and action-plan documents; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class DocumentsConfiguration {}
