package se.valdsprevention.workflows.statistics.kolada;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.Unit;

/**
 * How the county fetches statistics from Kolada ({@code prevention.statistics.kolada.*}): the address, timeouts,
 * the polite rate and retries, and the county's template of indicators, the key figures its municipalities' situation
 * pictures draw on. Without a template the client is still there; there is simply nothing to import by default.
 */
@Validated
@ConfigurationProperties(prefix = "prevention.statistics.kolada")
public class KoladaProperties implements Validator {

    /** Whether the Kolada client is wired at all; an installation without internet access can switch it off. */
    private boolean enabled = true;

    /** Kolada's API; a county may point it at a mirror. */
    @NotBlank(message = "must be set to Kolada's address, for example https://api.kolada.se/v3")
    private String baseUrl = KoladaSettings.KOLADA.toString();

    /** Longest wait for a connection to Kolada. */
    @NotNull(message = "must be set, for example 5s")
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** Longest wait for Kolada's answer to one request. */
    @NotNull(message = "must be set, for example 10s")
    private Duration requestTimeout = Duration.ofSeconds(10);

    /** Kolada publishes no rate limit: the client keeps to this many requests a second. */
    @Positive(message = "must be above zero, for example 5")
    @Max(value = 50, message = "must be at most 50: Kolada is a shared public service")
    private double requestsPerSecond = 5;

    /** How many times a request answered with 429 or a server error is tried again. */
    @PositiveOrZero(message = "must not be negative")
    @Max(value = 10, message = "must be at most 10")
    private int maxRetries = 3;

    /** The wait before the first retry; it doubles for each retry after, up to {@code max-backoff}. */
    @NotNull(message = "must be set, for example 500ms")
    private Duration initialBackoff = Duration.ofMillis(500);

    /** The longest wait between two retries. */
    @NotNull(message = "must be set, for example 8s")
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** Values per page of Kolada's answers, at most 5000. */
    @Min(value = 1, message = "must be at least 1")
    @Max(value = KoladaSettings.MAX_PER_PAGE, message = "must be at most 5000, Kolada's largest page")
    private int perPage = KoladaSettings.MAX_PER_PAGE;

    /**
     * The Kolada key figure of the population (inhabitants, by gender) that rates per 100 000 are computed on, for
     * example {@code N01951} once checked against {@code /v3/kpi/N01951}; unset, the county configuration's
     * populations are used.
     */
    @Pattern(
            regexp = "[A-Z]\\d{5}",
            message = "must be a Kolada KPI id: a capital letter and five digits, for example N01951")
    private String populationKpi;

    /** How many calendar years a county-wide fetch asks for, ending last calendar year. */
    @Min(value = 1, message = "must be at least 1")
    @Max(value = KoladaSettings.MAX_YEARS, message = "must be at most 25, one of Kolada's path segments")
    private int years = 5;

    /** The county's template: the Kolada key figures its situation pictures use. */
    @Valid
    private List<IndicatorProperties> indicators = new ArrayList<>();

    /** Rules the field annotations cannot express. */
    @Override
    public void validate(Object target, Errors errors) {
        KoladaProperties kolada = (KoladaProperties) target;
        if (kolada.baseUrl != null && !kolada.baseUrl.isBlank() && !httpUrl(kolada.baseUrl)) {
            errors.rejectValue(
                    "baseUrl",
                    "url",
                    "'" + kolada.baseUrl + "' is not an http(s) address; use for example https://api.kolada.se/v3");
        }
        positive(errors, kolada.connectTimeout, "connectTimeout");
        positive(errors, kolada.requestTimeout, "requestTimeout");
        positive(errors, kolada.initialBackoff, "initialBackoff");
        positive(errors, kolada.maxBackoff, "maxBackoff");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < kolada.indicators.size(); i++) {
            String id = kolada.indicators.get(i).getId();
            if (id != null && id.equals(kolada.populationKpi)) {
                errors.rejectValue(
                        "indicators[" + i + "].id",
                        "population",
                        "is the population KPI; a template indicator cannot be");
            }
            if (id != null && !seen.add(id)) {
                errors.rejectValue("indicators[" + i + "].id", "duplicate", "duplicate Kolada KPI " + id);
            }
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return KoladaProperties.class.isAssignableFrom(type);
    }

    /** The client's settings; only call after validation. */
    public KoladaSettings settings() {
        return new KoladaSettings(
                URI.create(baseUrl),
                connectTimeout,
                requestTimeout,
                requestsPerSecond,
                maxRetries,
                initialBackoff,
                maxBackoff,
                perPage);
    }

    /** The template's KPI ids, in configuration order. */
    public List<String> kpiIds() {
        return indicators.stream().map(IndicatorProperties::getId).toList();
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void positive(Errors errors, Duration duration, String field) {
        if (duration != null && (duration.isZero() || duration.isNegative())) {
            errors.rejectValue(field, "positive", "must be longer than zero");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public int getPerPage() {
        return perPage;
    }

    public void setPerPage(int perPage) {
        this.perPage = perPage;
    }

    public String getPopulationKpi() {
        return populationKpi;
    }

    public void setPopulationKpi(String populationKpi) {
        this.populationKpi = populationKpi == null || populationKpi.isBlank() ? null : populationKpi.strip();
    }

    public int getYears() {
        return years;
    }

    public void setYears(int years) {
        this.years = years;
    }

    public List<IndicatorProperties> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorProperties> indicators) {
        this.indicators = indicators;
    }

    /** One Kolada key figure of the county's template, described as the situation picture's indicator will be. */
    public static class IndicatorProperties {

        /** Kolada's KPI id, for example {@code N07403}. */
        @NotBlank(message = "must be set to a Kolada KPI id, for example N07403")
        @Pattern(
                regexp = "[A-Z]\\d{5}",
                message = "must be a Kolada KPI id: a capital letter and five digits, for example N07403")
        private String id;

        /** The indicator's Swedish name, for example {@code Anmälda våldsbrott per 100 000 invånare}. */
        @NotBlank(message = "must be set to the indicator's name")
        @Size(max = 200, message = "must be at most 200 characters")
        private String name;

        /** The unit of Kolada's values, for example {@code per-100k}. */
        @NotNull(message = "must be set, for example per-100k")
        private Unit unit;

        /** Whether the values count or describe persons; decides small-count suppression, so it must be said. */
        @NotNull(message = "must be set to true or false: it decides small-count suppression")
        private Boolean personBased;

        /** The level of the violence pyramid the indicator shows, or unset when it shows none. */
        private PyramidLevel pyramidLevel;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Unit getUnit() {
            return unit;
        }

        public void setUnit(Unit unit) {
            this.unit = unit;
        }

        public Boolean getPersonBased() {
            return personBased;
        }

        public void setPersonBased(Boolean personBased) {
            this.personBased = personBased;
        }

        public PyramidLevel getPyramidLevel() {
            return pyramidLevel;
        }

        public void setPyramidLevel(PyramidLevel pyramidLevel) {
            this.pyramidLevel = pyramidLevel;
        }
    }
}
