package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.ValidationException;

/**
 * The county picture: which indicators are combined and how (sums, population-weighted rates, no shares), the
 * coverage, and the suppression of the county's values, by their own small counts and by difference with what the
 * municipalities' own pictures withhold.
 */
class CountyPictureTest {

    static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2025);
    static final Population NORSJO = Population.of(1950, 2100);
    static final Population SORSELE = Population.of(1150, 1300);
    static final ShownValue SMALL = Suppressed.SMALL_COUNT;
    static final ShownValue PROTECTING = Suppressed.PROTECTING;

    private static ShownValue shown(String value) {
        return new Shown(n(value));
    }

    private static MunicipalIndicators norsjo(Indicator... indicators) {
        return new MunicipalIndicators("2417", NORSJO, List.of(indicators));
    }

    private static MunicipalIndicators sorsele(Indicator... indicators) {
        return new MunicipalIndicators("2422", SORSELE, List.of(indicators));
    }

    private static Indicator assaults(String women, String men, String total) {
        return indicator()
                .values(women, men, total)
                .noGenderSplitReason(women == null || men == null ? "Ej könsuppdelad." : null)
                .build();
    }

    private static CountyIndicator only(MunicipalIndicators... municipalities) {
        CountyPicture picture = CountyPicture.of("24", YEAR, List.of(municipalities));
        assertThat(picture.indicators()).hasSize(1);
        return picture.indicators().get(0);
    }

    @Test
    void sumsCountsPerGenderAndRecordsWhoContributedAndWhoLacksTheIndicator() {
        CountyPicture picture = CountyPicture.of(
                "24",
                YEAR,
                List.of(
                        norsjo(assaults("12", "20", "32")),
                        sorsele(assaults("6", "9", "15")),
                        new MunicipalIndicators("2462", null, List.of(SituationPictureFixtures.insecurity())),
                        MunicipalIndicators.none("2463", null)));

        CountyIndicator assaults = picture.indicators().get(0);
        assertThat(assaults.values()).isEqualTo(new PublishedValues(shown("18"), shown("29"), shown("47")));
        assertThat(assaults.contributors()).containsExactly("2417", "2422");
        assertThat(assaults.lacking()).containsExactly("2462", "2463");
        assertThat(assaults.pyramidLevel()).isEqualTo(PyramidLevel.SERIOUS_VIOLENCE);
        assertThat(picture.withFigures()).containsExactly("2417", "2422", "2462");
        assertThat(picture.withoutFigures()).containsExactly("2463");
        assertThat(picture.indicators()).hasSize(2);
    }

    @Test
    void combinesOnlyTheSameNameAndUnitOrTheSameKoladaKeyFigureAndYear() {
        Indicator persons = indicator().name("Anmälda  misshandelsbrott").build();
        Indicator cases = indicator().id("cases").unit(Unit.CASES).build();
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        Indicator kolada2024 = indicator()
                .id("n07403")
                .name("Våld i Norsjö")
                .unit(Unit.CASES)
                .build()
                .from(IndicatorOrigin.kolada("N07403", 2024, at), null);
        Indicator kolada2024Renamed = indicator()
                .id("vald")
                .name("Anmält våld")
                .unit(Unit.CASES)
                .build()
                .from(IndicatorOrigin.kolada("N07403", 2024, at), null);
        Indicator kolada2023 = indicator()
                .id("vald-2023")
                .name("Anmält våld 2023")
                .unit(Unit.CASES)
                .build()
                .from(IndicatorOrigin.kolada("N07403", 2023, at), null);

        CountyPicture picture = CountyPicture.of(
                "24",
                YEAR,
                List.of(
                        norsjo(indicator().build(), cases, kolada2024),
                        sorsele(persons, kolada2024Renamed, kolada2023)));

        assertThat(picture.indicators())
                .extracting(CountyIndicator::identity, i -> i.contributors().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name:anmälda misshandelsbrott:PERSONS", 2),
                        org.assertj.core.groups.Tuple.tuple("name:anmälda misshandelsbrott:CASES", 1),
                        org.assertj.core.groups.Tuple.tuple("kolada:N07403:2024", 2),
                        org.assertj.core.groups.Tuple.tuple("kolada:N07403:2023", 1));
        assertThat(picture.indicators().get(2).source()).isEqualTo("Kolada N07403, 2024");
        assertThat(picture.indicators().get(2).values().total()).isEqualTo(shown("64"));
    }

    @Test
    void ratesAreComputedAgainOnThePopulationsNotAveraged() {
        Indicator norsjo = rate("500", "400", "448.1");
        Indicator sorsele = rate("1000", "800", "893.9");

        CountyIndicator county = only(norsjo(norsjo), sorsele(sorsele));

        // women: (500 × 1950 + 1000 × 1150) / 3100 = 685.5; a plain average would say 750
        assertThat(county.values().women()).isEqualTo(shown("685.5"));
        // men: (400 × 2100 + 800 × 1300) / 3400 = 552.9
        assertThat(county.values().men()).isEqualTo(shown("552.9"));
        // total: (448.1 × 4050 + 893.9 × 2450) / 6500 = 616.1
        assertThat(county.values().total()).isEqualTo(shown("616.1"));
    }

    @Test
    void aRateThatIsSuppressedInItsMunicipalityIsNotRevealedByTheCountyRate() {
        // Norsjö: 102.6 per 100 000 of 1 950 women is 2 women, withheld in Norsjö's own picture
        Indicator norsjo = rate("102.6", "400", "256.8");
        Indicator sorsele = rate("1000", "800", "893.9");

        CountyIndicator county = only(norsjo(norsjo), sorsele(sorsele));

        assertThat(PublishedIndicator.of(norsjo, NORSJO).values().women()).isEqualTo(SMALL);
        assertThat(county.values().women()).isEqualTo(PROTECTING);
        assertThat(county.values().men()).as("women plus men make the total").isEqualTo(PROTECTING);
        assertThat(county.values().total()).isInstanceOf(Shown.class);
    }

    @Test
    void aRateWithoutAMunicipalitysPopulationIsNotCombined() {
        CountyIndicator county = only(
                norsjo(rate("500", "400", "448.1")),
                new MunicipalIndicators("2422", Population.unknown(), List.of(rate("1000", "800", "893.9"))));

        assertThat(county.values()).isEqualTo(new PublishedValues(null, null, null));
        assertThat(county.note()).isEqualTo(CountyPicture.NO_POPULATION);
    }

    private static Indicator rate(String women, String men, String total) {
        return indicator()
                .id("rate")
                .name("Anmälda misshandelsbrott per 100 000")
                .unit(Unit.PER_100K)
                .values(women, men, total)
                .build();
    }

    @Test
    void sharesAreNotCombinedAndKeepTheMunicipalitiesPublishedValues() {
        Indicator share = SituationPictureFixtures.insecurity();

        CountyIndicator county = only(norsjo(share), sorsele(share));

        assertThat(county.combined()).isFalse();
        assertThat(county.values()).isNull();
        assertThat(county.notCombined()).isEqualTo(CountyPicture.SHARES);
        assertThat(county.municipal())
                .extracting(CountyIndicator.MunicipalValues::municipalityCode)
                .containsExactly("2417", "2422");
        assertThat(county.published()).isNull();
    }

    @Test
    void womenAndMenAreLeftOutWhenAMunicipalityGivesNoSplitAndSaysSo() {
        CountyIndicator county = only(norsjo(assaults(null, null, "30")), sorsele(assaults("20", "30", "50")));

        assertThat(county.values()).isEqualTo(new PublishedValues(null, null, shown("80")));
        assertThat(county.note()).isEqualTo(CountyPicture.NO_SPLIT);
    }

    @Test
    void aSmallCountyCountIsSuppressedLikeAMunicipalOne() {
        CountyIndicator county = only(norsjo(assaults("1", "0", "1")), sorsele(assaults("0", "2", "2")));

        assertThat(county.values()).isEqualTo(new PublishedValues(SMALL, SMALL, SMALL));
    }

    @Test
    void aCountyTotalThatWouldRevealTheOneMunicipalTotalWithheldIsWithheld() {
        // Norsjö gives no split and 3 in total, "färre än 5" in its picture; Sorsele's 50 is published. 53 would
        // give Norsjö's 3 away.
        CountyIndicator county = only(norsjo(assaults(null, null, "3")), sorsele(assaults("20", "30", "50")));

        assertThat(county.values().total()).isEqualTo(PROTECTING);
    }

    @Test
    void womenPlusMenCannotRevealAWithheldMunicipalValue() {
        // Norsjö: 3 women ("färre än 5"), 10 men (withheld to protect them), 13 in total shown.
        CountyIndicator county = only(norsjo(assaults("3", "10", "13")), sorsele(assaults("20", "30", "50")));

        assertThat(PublishedIndicator.of(assaults("3", "10", "13"), NORSJO).values())
                .isEqualTo(new PublishedValues(SMALL, PROTECTING, shown("13")));
        assertThat(county.values()).isEqualTo(new PublishedValues(PROTECTING, PROTECTING, shown("63")));
    }

    @Test
    void womenWithheldByDifferenceTakeTheMenWithThemWhenTheTotalIsShown() {
        // Norsjö's 2 women and 0 men: its total 2 is withheld too; Sorsele is all shown. The county's 22 women are
        // withheld by difference; the total 52 too (Norsjö's 2). The men (30) are shown: no men are withheld anywhere.
        CountyIndicator county = only(norsjo(assaults("2", "0", "2")), sorsele(assaults("20", "30", "50")));

        assertThat(county.values()).isEqualTo(new PublishedValues(PROTECTING, shown("30"), PROTECTING));
    }

    @Test
    void twoWithheldValuesShowTheirSumOnlyWhenItLeavesEachOfThemOneToFour() {
        MunicipalIndicators vilhelmina = new MunicipalIndicators("2462", null, List.of(assaults(null, null, "40")));

        assertThat(only(norsjo(assaults(null, null, "2")), sorsele(assaults(null, null, "3")), vilhelmina)
                        .values()
                        .total())
                .as("2 + 3 = 5 leaves each 1–4")
                .isEqualTo(shown("45"));
        assertThat(only(norsjo(assaults(null, null, "4")), sorsele(assaults(null, null, "4")), vilhelmina)
                        .values()
                        .total())
                .as("a sum of 8 says both are 4")
                .isEqualTo(PROTECTING);
        assertThat(only(norsjo(assaults(null, null, "1")), sorsele(assaults(null, null, "3")), vilhelmina)
                        .values()
                        .total())
                .as("a sum of 4 says neither is more than 3")
                .isEqualTo(PROTECTING);
    }

    @Test
    void countsThatAreNotAboutPersonsAreSummedWithoutSuppression() {
        Indicator hours = indicator()
                .id("hours")
                .name("Timmar utbildning")
                .unit(Unit.HOURS)
                .personBased(false)
                .values(null, null, "3")
                .build();

        CountyIndicator county = only(norsjo(hours), sorsele(hours));

        assertThat(county.values().total()).isEqualTo(shown("6"));
    }

    @Test
    void theChartsGetOnlyCombinedIndicators() {
        CountyPicture picture = CountyPicture.of(
                "24",
                YEAR,
                List.of(norsjo(assaults("12", "20", "32"), SituationPictureFixtures.insecurity()), sorsele()));

        assertThat(picture.forCharts().areaCode()).isEqualTo("24");
        assertThat(picture.forCharts().indicators())
                .extracting(PublishedIndicator::name)
                .containsExactly("Anmälda misshandelsbrott");
    }

    @Test
    void refusesAMunicipalityCodeAsTheCountyAndAMunicipalityTwice() {
        assertThatThrownBy(() -> CountyPicture.of("2417", YEAR, List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CountyPicture.of("24", YEAR, List.of(norsjo(), norsjo())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
