package se.valdsprevention.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A Camunda Spring Boot application that adds prevention-web and nothing else, as an embedding county would.
 * No component scan: everything the workspace serves must come from its auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestUsers.class)
public class WebTestApplication {}
