package se.valdsprevention.web;

import java.util.LinkedHashMap;
import java.util.Map;
import se.valdsprevention.workflows.county.CountyProperties;

/** The names of the county's municipalities, so that pages show "Norsjö", not "2417". */
public final class MunicipalityNames {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final String countyName;

    public MunicipalityNames(CountyProperties county) {
        county.getMunicipalities().forEach(m -> names.put(m.getCode(), m.getName()));
        this.countyName = county.getName();
    }

    /** The municipality's name, or its code when the county does not list it. */
    public String of(String code) {
        return names.getOrDefault(code, code);
    }

    public boolean exists(String code) {
        return names.containsKey(code);
    }

    public String countyName() {
        return countyName;
    }
}
