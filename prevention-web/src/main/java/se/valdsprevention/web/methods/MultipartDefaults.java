package se.valdsprevention.web.methods;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Raises Spring's multipart limits (1 MB per file by default) above the method bank's attachment limit, so that a
 * file somewhat too large reaches the page and is refused there with a Swedish message instead of failing while the
 * request is read. A host that sets {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}
 * keeps its own value.
 */
public class MultipartDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "preventionMethodBankMultipartDefaults";
    /** How many times the attachment limit a request may carry before it is cut off unread. */
    static final int HEADROOM = 4;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DataSize limit = Binder.get(environment)
                .bind("prevention.web.method-attachment-max-size", DataSize.class)
                .orElse(MethodAttachmentProperties.DEFAULT_MAX_SIZE);
        long file = limit.toBytes() * HEADROOM;
        Map<String, Object> defaults = new HashMap<>();
        if (!environment.containsProperty("spring.servlet.multipart.max-file-size")) {
            defaults.put("spring.servlet.multipart.max-file-size", file + "B");
        }
        if (!environment.containsProperty("spring.servlet.multipart.max-request-size")) {
            defaults.put(
                    "spring.servlet.multipart.max-request-size",
                    (file + DataSize.ofMegabytes(1).toBytes()) + "B");
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
        }
    }
}
