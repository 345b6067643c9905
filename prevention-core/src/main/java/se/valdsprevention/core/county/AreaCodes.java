package se.valdsprevention.core.county;

import java.util.regex.Pattern;
import se.valdsprevention.core.validation.Violations;

/** Swedish area codes: a county has a 2-digit code (Västerbotten 24), a municipality a 4-digit one (Norsjö 2417). */
public final class AreaCodes {

    private static final Pattern COUNTY = Pattern.compile("\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private AreaCodes() {}

    public static boolean isCountyCode(String code) {
        return code != null && COUNTY.matcher(code).matches();
    }

    public static boolean isMunicipalityCode(String code) {
        return code != null && MUNICIPALITY.matcher(code).matches();
    }

    /** The county a municipality belongs to: the first two digits of its code. */
    public static String countyCodeOf(String municipalityCode) {
        if (!isMunicipalityCode(municipalityCode)) {
            throw new IllegalArgumentException("ingen fyrsiffrig kommunkod: " + municipalityCode);
        }
        return municipalityCode.substring(0, 2);
    }

    public static boolean requireCountyCode(Violations violations, String code, String path) {
        return violations.require(isCountyCode(code), path, "måste vara en tvåsiffrig länskod");
    }

    public static boolean requireMunicipalityCode(Violations violations, String code, String path) {
        return violations.require(isMunicipalityCode(code), path, "måste vara en fyrsiffrig kommunkod");
    }

    /** A county (2 digits) or a municipality (4 digits). */
    public static boolean requireAreaCode(Violations violations, String code, String path) {
        return violations.require(
                isCountyCode(code) || isMunicipalityCode(code),
                path,
                "måste vara en fyrsiffrig kommunkod eller en tvåsiffrig länskod");
    }
}
