package se.valdsprevention.app.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API as the starter configures it, plus this application's error answers. */
@Configuration(proxyBeanMethods = false)
class PreventionRestConfig {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(InvalidSubmissionMapper.class, 1);
            }
        };
    }
}
