package se.valdsprevention.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class AgreementTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void isInForceFromStartToEndInclusive() {
        var agreement = CountyFixtures.norsjoAgreement();

        assertThat(agreement.inForceOn(START)).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        assertRefused(
                () -> new Agreement("24", "2417", Set.of(Department.SCHOOL), "Delta.", START, START),
                "end",
                "måste ligga efter startdatumet 2024-01-01");
    }

    @Test
    void refusesAMunicipalityOfAnotherCounty() {
        assertRefused(
                () -> new Agreement("24", "2584", Set.of(Department.SCHOOL), "Delta.", START, START.plusYears(1)),
                "municipalityCode",
                "måste höra till län 24");
    }

    @Test
    void theWholeCountryMayAgreeWithAMunicipalityOfAnyCounty() {
        var agreement = new Agreement(
                AreaCodes.WHOLE_COUNTRY, "2584", Set.of(Department.SCHOOL), "Delta.", START, START.plusYears(1));

        assertThat(agreement.municipalityCode()).isEqualTo("2584");
    }

    @Test
    void refusesAnAgreementWithoutRequiredDepartments() {
        assertRefused(
                () -> new Agreement("24", "2417", Set.of(), "Delta.", START, START.plusYears(1)),
                "requiredDepartments",
                "minst en förvaltning");
    }

    @Test
    void refusesBlankParticipationDuties() {
        assertRefused(
                () -> new Agreement("24", "2417", Set.of(Department.SCHOOL), "", START, START.plusYears(1)),
                "participationDuties",
                "måste fyllas i");
    }

    @Test
    void labelsDepartmentsInSwedish() {
        assertThat(Department.HEALTHCARE_REGION.label()).isEqualTo("hälso- och sjukvård (region)");
        assertThat(Department.LEISURE_CULTURE.label()).isEqualTo("fritid/kultur");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Agreement(null, null, null, null, null, null)))
                .containsExactly(
                        "countyCode", "municipalityCode", "requiredDepartments", "participationDuties", "start", "end");
    }

    @Test
    void refusesANullDepartment() {
        var departments = new java.util.HashSet<Department>();
        departments.add(null);

        assertRefused(
                () -> new Agreement("24", "2417", departments, "Delta.", START, START.plusYears(1)),
                "requiredDepartments",
                "får inte innehålla tomma värden");
    }
}
