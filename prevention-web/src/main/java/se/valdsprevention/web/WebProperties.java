package se.valdsprevention.web;

import jakarta.validation.constraints.NotBlank;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the workspace pages ({@code prevention.web.*}). */
@Validated
@ConfigurationProperties(prefix = "prevention.web")
public class WebProperties {

    /** The time zone dates and times are shown and entered in; Swedish time unless the county says otherwise. */
    @NotBlank(message = "must name a time zone, for example Europe/Stockholm")
    private String timeZone = "Europe/Stockholm";

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("prevention.web.time-zone: '" + timeZone
                    + "' is not a time zone; use a name such as Europe/Stockholm");
        }
        this.timeZone = timeZone;
    }
}
