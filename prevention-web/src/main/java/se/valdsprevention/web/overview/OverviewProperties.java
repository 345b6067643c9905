package se.valdsprevention.web.overview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county overview's settings under {@code prevention.web.overview}: how often the rows, figures and charts of
 * municipalities that changed are computed ahead of the county officer's next visit.
 */
@ConfigurationProperties(prefix = "prevention.web.overview")
public class OverviewProperties {

    /** The default pause between two rounds. */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMinutes(1);

    /**
     * The pause between two rounds of computing ahead; the first round runs when the application has started. Zero
     * turns it off: every row is then computed by the first request that needs it.
     */
    private Duration refreshInterval = DEFAULT_REFRESH_INTERVAL;

    public Duration getRefreshInterval() {
        return refreshInterval;
    }

    public void setRefreshInterval(Duration refreshInterval) {
        if (refreshInterval == null || refreshInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "prevention.web.overview.refresh-interval: must be zero (off) or a positive duration, for"
                            + " example 1m");
        }
        this.refreshInterval = refreshInterval;
    }
}
