package se.valdsprevention.core.county;

import java.util.regex.Pattern;
import se.valdsprevention.core.validation.Violations;

/**
 * Swedish area codes: a county has a 2-digit code (Västerbotten 24), a municipality a 4-digit one (Norsjö 2417). The
 * code {@value #WHOLE_COUNTRY} stands for the whole country (Riket, as in SCB's and Kolada's tables): a deployment
 * that serves municipalities of every county, such as a national body's or the national-scale benchmark.
 */
public final class AreaCodes {

    /** The "county" code of the whole country, to which every municipality belongs. */
    public static final String WHOLE_COUNTRY = "00";

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

    /**
     * Whether a municipality belongs to a county: its code starts with the county's, or the county is the whole
     * country.
     */
    public static boolean belongsTo(String municipalityCode, String countyCode) {
        return municipalityCode != null
                && countyCode != null
                && (WHOLE_COUNTRY.equals(countyCode) || municipalityCode.startsWith(countyCode));
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
