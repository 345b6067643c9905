package se.valdsprevention.workflows.statistics.kolada;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the Kolada client; imported by the auto-configuration. It needs no template to start, and nothing is
 * asked of Kolada at start. {@code prevention.statistics.kolada.enabled=false} leaves it out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
        prefix = "prevention.statistics.kolada",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(KoladaProperties.class)
public class KoladaConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KoladaClient koladaClient(KoladaProperties kolada) {
        return new KoladaClient(kolada.settings());
    }
}
