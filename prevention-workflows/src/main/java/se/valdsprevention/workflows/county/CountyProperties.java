package se.valdsprevention.workflows.county;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The county a deployment serves. Nothing in the project is hard-coded to one county: everything
 * county-specific is bound from here.
 */
@Validated
@ConfigurationProperties(prefix = "prevention.county")
public class CountyProperties implements Validator {

    /**
     * The county's two-digit code, for example {@code 24} for Västerbotten; {@code 00} for a deployment that serves
     * municipalities of the whole country.
     */
    @NotBlank(message = "must be set to the county's two-digit code, for example 24")
    @Pattern(regexp = "\\d{2}", message = "must be a two-digit county code, for example 24")
    private String code;

    /** The county's name as shown to users, for example {@code Västerbotten}. */
    @NotBlank(message = "must be set to the county's name")
    @Size(max = 100, message = "must be at most 100 characters")
    private String name;

    /** The municipalities the county supports; each becomes a Camunda tenant. */
    @Valid
    @NotEmpty(message = "must list at least one municipality")
    private List<MunicipalityProperties> municipalities = new ArrayList<>();

    /**
     * The time zone of the county's dates and times: deadlines, "today", times shown on pages. Swedish time unless
     * the county says otherwise.
     */
    @NotBlank(message = "must name a time zone, for example Europe/Stockholm")
    private String timeZone = EngineClock.DEFAULT_ZONE.getId();

    /** What the agreement between the county and a municipality requires of its team. */
    @Valid
    private AgreementProperties agreement = new AgreementProperties();

    /** How often the county checks in, and when a step counts as stalled. */
    @Valid
    private CycleProperties cycle = new CycleProperties();

    /** Who decides what, and how long a proposal may wait for a decision. */
    @Valid
    private DecisionProperties decisions = new DecisionProperties();

    /** Rules across properties that the field annotations cannot express. */
    @Override
    public void validate(Object target, Errors errors) {
        CountyProperties county = (CountyProperties) target;
        county.decisions.validate(errors);
        if (county.timeZone != null && !county.timeZone.isBlank()) {
            try {
                ZoneId.of(county.timeZone);
            } catch (DateTimeException e) {
                errors.rejectValue(
                        "timeZone",
                        "zone",
                        "'" + county.timeZone + "' is not a time zone; use a name such as Europe/Stockholm");
            }
        }
        county.cycle.validate(errors);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < county.municipalities.size(); i++) {
            String municipalityCode = county.municipalities.get(i).getCode();
            if (municipalityCode == null) {
                continue;
            }
            String field = "municipalities[" + i + "].code";
            if (!seen.add(municipalityCode)) {
                errors.rejectValue(field, "duplicate", "duplicate municipality code " + municipalityCode);
            }
            if (county.code != null && !AreaCodes.belongsTo(municipalityCode, county.code)) {
                errors.rejectValue(
                        field,
                        "county",
                        "municipality " + municipalityCode + " does not belong to county " + county.code
                                + " (its code must start with " + county.code + "; county code "
                                + AreaCodes.WHOLE_COUNTRY
                                + " is the whole country and takes every municipality)");
            }
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return CountyProperties.class.isAssignableFrom(type);
    }

    /** The municipality codes, in configuration order. */
    public List<String> municipalityCodes() {
        return municipalities.stream().map(MunicipalityProperties::getCode).toList();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The county's time zone as a {@link ZoneId}; only call after validation. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgreementProperties getAgreement() {
        return agreement;
    }

    public void setAgreement(AgreementProperties agreement) {
        this.agreement = agreement;
    }

    public CycleProperties getCycle() {
        return cycle;
    }

    public void setCycle(CycleProperties cycle) {
        this.cycle = cycle;
    }

    public DecisionProperties getDecisions() {
        return decisions;
    }

    public void setDecisions(DecisionProperties decisions) {
        this.decisions = decisions;
    }

    public List<MunicipalityProperties> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<MunicipalityProperties> municipalities) {
        this.municipalities = municipalities;
    }

    /** One municipality of the county. */
    public static class MunicipalityProperties {

        /** The municipality's four-digit code, for example {@code 2417} for Norsjö. */
        @NotBlank(message = "must be set to the municipality's four-digit code")
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit municipality code, for example 2417")
        private String code;

        /** The municipality's name, for example {@code Norsjö}. */
        @NotBlank(message = "must be set to the municipality's name")
        @Size(max = 100, message = "must be at most 100 characters")
        private String name;

        /** Number of women living in the municipality. */
        @PositiveOrZero(message = "must not be negative")
        private int populationWomen;

        /** Number of men living in the municipality. */
        @PositiveOrZero(message = "must not be negative")
        private int populationMen;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getPopulationWomen() {
            return populationWomen;
        }

        public void setPopulationWomen(int populationWomen) {
            this.populationWomen = populationWomen;
        }

        public int getPopulationMen() {
            return populationMen;
        }

        public void setPopulationMen(int populationMen) {
            this.populationMen = populationMen;
        }
    }
}
