package se.valdsprevention.web;

import java.util.HashMap;
import java.util.Map;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.workflows.county.CountyProperties;

/**
 * The population of each of the county's municipalities, from {@code prevention.county.municipalities[].population-*},
 * that person-based rates per 100 000 are suppressed against when their source gave none. A municipality without a
 * configured population has an unknown one: every such rate above zero is then withheld.
 */
public final class MunicipalityPopulations {

    private final Map<String, Population> populations = new HashMap<>();

    public MunicipalityPopulations(CountyProperties county) {
        county.getMunicipalities().forEach(m -> {
            if (m.getPopulationWomen() > 0 || m.getPopulationMen() > 0) {
                populations.put(m.getCode(), Population.of(m.getPopulationWomen(), m.getPopulationMen()));
            }
        });
    }

    /** The municipality's population, or {@link Population#unknown()} when it is not configured. */
    public Population of(String code) {
        return populations.getOrDefault(code, Population.unknown());
    }
}
