package se.valdsprevention.core.situation;

import java.util.List;
import java.util.Objects;

/**
 * What one municipality brings to the county picture ({@link CountyPicture}): its indicators for the period (from its
 * agreed situation picture, or fetched from Kolada) and the population its rates per 100 000 stand on when an
 * indicator gives none of its own.
 *
 * @param indicators the raw figures, or null when the municipality has none for the period (no agreed picture)
 */
public record MunicipalIndicators(String municipalityCode, Population population, List<Indicator> indicators) {

    public MunicipalIndicators {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        population = population == null ? Population.unknown() : population;
        indicators = indicators == null ? null : List.copyOf(indicators);
    }

    /** A municipality without figures for the period. */
    public static MunicipalIndicators none(String municipalityCode, Population population) {
        return new MunicipalIndicators(municipalityCode, population, null);
    }

    /** Whether the municipality has figures for the period at all. */
    public boolean hasFigures() {
        return indicators != null;
    }
}
