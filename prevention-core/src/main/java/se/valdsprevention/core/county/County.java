package se.valdsprevention.core.county;

import java.util.List;
import java.util.Optional;
import se.valdsprevention.core.validation.Violations;

/**
 * A county (län) with its 2-digit code and the municipalities taking part in the initiative; code {@value
 * AreaCodes#WHOLE_COUNTRY} is the whole country, whose municipalities may be of any county.
 */
public record County(String code, String name, List<Municipality> municipalities) {

    public County {
        var v = new Violations();
        boolean codeValid = AreaCodes.requireCountyCode(v, code, "code");
        v.requireText(name, "name", Violations.NAME_MAX);
        municipalities = v.list(municipalities, "municipalities");
        if (codeValid) {
            for (int i = 0; i < municipalities.size(); i++) {
                var municipality = municipalities.get(i);
                v.require(
                        AreaCodes.belongsTo(municipality.code(), code),
                        Violations.index("municipalities", i) + ".code",
                        "måste börja med länskoden " + code);
            }
        }
        v.unique(municipalities, "municipalities", "code", Municipality::code, "kommunkoden");
        v.throwIfAny();
    }

    public Optional<Municipality> municipality(String municipalityCode) {
        return municipalities.stream()
                .filter(m -> m.code().equals(municipalityCode))
                .findFirst();
    }

    public boolean includes(String municipalityCode) {
        return municipality(municipalityCode).isPresent();
    }
}
