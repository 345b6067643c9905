package se.valdsprevention.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code prevention.demo.*} beyond the password: {@code history} ({@code true} by default) gives the demo county its
 * past on the first start (see {@link DemoHistory}); {@code false} leaves it empty, as the application tests want
 * it. A value that is not a boolean stops the start with a message naming the property.
 */
@Component
@Profile("demo")
@ConfigurationProperties(prefix = "prevention.demo")
class DemoProperties {

    private boolean history = true;

    public boolean isHistory() {
        return history;
    }

    public void setHistory(boolean history) {
        this.history = history;
    }
}
