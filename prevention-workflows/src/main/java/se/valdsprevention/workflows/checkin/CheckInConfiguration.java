package se.valdsprevention.workflows.checkin;

import org.springframework.context.annotation.Configuration;

/** Wiring of the check-in process's delegates and meeting storage; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class CheckInConfiguration {}
