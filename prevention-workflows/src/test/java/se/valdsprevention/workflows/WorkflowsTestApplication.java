package se.valdsprevention.workflows;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Camunda Spring Boot application with prevention-workflows added, as a county would have it. */
@SpringBootApplication
public class WorkflowsTestApplication {}
