package se.valdsprevention.web.methods;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.workflows.methods.Methods;

/** The method bank's pages, its attachment limit and the {@link MethodCatalogue} other pages use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MethodAttachmentProperties.class)
@Import({MethodBankPage.class, MethodCuration.class, UploadTooLarge.class})
public class MethodBankConfiguration {

    @Bean
    MethodCatalogue methodCatalogue(Methods methods) {
        return new BankCatalogue(methods);
    }
}
