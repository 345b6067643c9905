package se.valdsprevention.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong refresh interval stops the start with a message naming the property; a right one is bound. */
class OverviewPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OverviewProperties.class)
    static class BindOverview {}

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(BindOverview.class);

    @Test
    void bindsTheDefaultZeroAndADuration() {
        runner.run(
                context -> assertThat(context.getBean(OverviewProperties.class).getRefreshInterval())
                        .isEqualTo(OverviewProperties.DEFAULT_REFRESH_INTERVAL));
        runner.withPropertyValues("prevention.web.overview.refresh-interval=0")
                .run(context -> assertThat(
                                context.getBean(OverviewProperties.class).getRefreshInterval())
                        .isZero());
        runner.withPropertyValues("prevention.web.overview.refresh-interval=5m")
                .run(context -> assertThat(
                                context.getBean(OverviewProperties.class).getRefreshInterval())
                        .isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void aNegativeIntervalIsRefusedSayingWhatIsAllowed() {
        runner.withPropertyValues("prevention.web.overview.refresh-interval=-1s")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining(
                                "prevention.web.overview.refresh-interval: must be zero (off) or a positive duration"));
    }

    @Test
    void anEmptyIntervalKeepsTheDefault() {
        runner.withPropertyValues("prevention.web.overview.refresh-interval=")
                .run(context -> assertThat(
                                context.getBean(OverviewProperties.class).getRefreshInterval())
                        .isEqualTo(OverviewProperties.DEFAULT_REFRESH_INTERVAL));
    }

    @Test
    void aMalformedIntervalIsRefusedNamingTheProperty() {
        for (String wrong : new String[] {"every minute", "1x"}) {
            runner.withPropertyValues("prevention.web.overview.refresh-interval=" + wrong)
                    .run(context -> assertThat(context.getStartupFailure())
                            .as(wrong)
                            .isNotNull()
                            .hasStackTraceContaining("prevention.web.overview")
                            .hasStackTraceContaining("refresh-interval"));
        }
    }
}
