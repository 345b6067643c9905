package se.valdsprevention.web.methods;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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

    /** Ahead of Spring Security (order -100), which would otherwise refuse the unreadable form's CSRF token. */
    @Bean
    FilterRegistrationBean<OversizedUploads> methodBankOversizedUploads(ObjectProvider<MultipartProperties> multipart) {
        MultipartProperties properties = multipart.getIfAvailable();
        long max = properties == null || properties.getMaxRequestSize() == null
                ? -1
                : properties.getMaxRequestSize().toBytes();
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads(max));
        registration.setName("prevention-method-bank-oversized-uploads");
        registration.addUrlPatterns("/metodbank/*");
        registration.setOrder(-110);
        return registration;
    }
}
