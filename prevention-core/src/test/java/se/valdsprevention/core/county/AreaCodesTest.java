package se.valdsprevention.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaCodesTest {

    @Test
    void tellsCountyFromMunicipalityCodes() {
        assertThat(AreaCodes.isCountyCode("24")).isTrue();
        assertThat(AreaCodes.isCountyCode("2417")).isFalse();
        assertThat(AreaCodes.isMunicipalityCode("2417")).isTrue();
        assertThat(AreaCodes.isMunicipalityCode(null)).isFalse();
    }

    @Test
    void findsTheCountyOfAMunicipality() {
        assertThat(AreaCodes.countyCodeOf("2463")).isEqualTo("24");
    }

    @Test
    void refusesTheCountyOfSomethingThatIsNotAMunicipalityCode() {
        assertThatThrownBy(() -> AreaCodes.countyCodeOf("24")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWholeCountryTakesEveryMunicipalityAndACountyOnlyItsOwn() {
        assertThat(AreaCodes.belongsTo("2417", "24")).isTrue();
        assertThat(AreaCodes.belongsTo("0114", "24")).isFalse();
        assertThat(AreaCodes.belongsTo("0114", AreaCodes.WHOLE_COUNTRY)).isTrue();
        assertThat(AreaCodes.belongsTo("2584", AreaCodes.WHOLE_COUNTRY)).isTrue();
        assertThat(AreaCodes.belongsTo(null, "24")).isFalse();
        assertThat(AreaCodes.belongsTo("2417", null)).isFalse();
    }
}
