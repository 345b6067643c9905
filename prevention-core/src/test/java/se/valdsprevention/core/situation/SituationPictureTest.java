package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;
import static se.valdsprevention.core.situation.SituationPictureFixtures.picture;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;
import se.valdsprevention.core.validation.ValidationException;

class SituationPictureTest {

    private static final LocalDate AGREED_ON = LocalDate.of(2025, 2, 10);

    @Test
    void startsAsAnEmptyDraft() {
        var draft = SituationPicture.draft("2417", ReportingPeriod.ofYear(2024));

        assertThat(draft.status()).isEqualTo(PictureStatus.DRAFT);
        assertThat(draft.indicators()).isEmpty();
    }

    @Test
    void agreesADraftWithIndicators() {
        var agreed = SituationPictureFixtures.norsjo2024().agree("Kommunteamet", AGREED_ON);

        assertThat(agreed.status()).isEqualTo(PictureStatus.AGREED);
        assertThat(agreed.agreedOn()).isEqualTo(AGREED_ON);
        assertThat(agreed.indicators()).hasSize(4);
    }

    @Test
    void refusesToAgreeAnAgreedPicture() {
        var agreed = SituationPictureFixtures.norsjo2024().agree("Kommunteamet", AGREED_ON);

        assertThatThrownBy(() -> agreed.agree("Kommunteamet", AGREED_ON.plusDays(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redan fastställd");
    }

    @Test
    void refusesToAgreeAPictureWithoutIndicators() {
        var empty = SituationPicture.draft("2417", ReportingPeriod.ofYear(2024));

        assertThatThrownBy(() -> empty.agree("Kommunteamet", AGREED_ON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("har inga indikatorer");
    }

    @Test
    void refusesToAgreeWithoutSayingWhoAgreed() {
        assertThatThrownBy(() -> SituationPictureFixtures.norsjo2024().agree(" ", AGREED_ON))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).extracting("path").containsExactly("agreedBy"));
    }

    @Test
    void refusesAnAgreedPictureWithoutIndicators() {
        assertRefused(
                () -> picture()
                        .agreed("Kommunteamet", AGREED_ON)
                        .indicators(List.of())
                        .prioritisedProblems(List.of())
                        .build(),
                "indicators",
                "måste ha minst en indikator");
    }

    @Test
    void refusesADraftThatSaysWhenItWasAgreed() {
        var refusal = assertRefused(
                () -> picture()
                        .agreed("Kommunteamet", AGREED_ON)
                        .status(PictureStatus.DRAFT)
                        .build(),
                "agreedBy",
                "måste vara tomt så länge lägesbilden är ett utkast");
        assertThat(refusal.violations()).extracting("path").contains("agreedOn");
    }

    @Test
    void acceptsACountyWidePicture() {
        var county = picture().areaCode("24").build();

        assertThat(county.countyWide()).isTrue();
    }

    @Test
    void refusesAnAreaCodeOfThreeDigits() {
        assertRefused(() -> picture().areaCode("241").build(), "areaCode", "fyrsiffrig kommunkod eller en tvåsiffrig");
    }

    @Test
    void refusesTwoIndicatorsWithTheSameId() {
        assertRefused(
                () -> picture()
                        .indicators(
                                SituationPictureFixtures.assaults(), indicator().build())
                        .prioritisedProblems(List.of())
                        .build(),
                "indicators[1].id",
                "indikator-id 'reported-assaults' förekommer redan");
    }

    @Test
    void refusesAProblemThatRefersToAMissingIndicator() {
        assertRefused(
                () -> picture()
                        .prioritisedProblems(List.of(new PrioritisedProblem(
                                1, "Kränkningar.", List.of("school-harassment", "cyber-harassment"))))
                        .build(),
                "prioritisedProblems[0].indicatorIds[1]",
                "ingen indikator med id 'cyber-harassment'");
    }

    @Test
    void refusesTwoProblemsWithTheSameRank() {
        assertRefused(
                () -> picture()
                        .prioritisedProblems(List.of(
                                new PrioritisedProblem(1, "Kränkningar.", List.of()),
                                new PrioritisedProblem(1, "Otrygghet.", List.of("insecurity"))))
                        .build(),
                "prioritisedProblems[1].rank",
                "prioritet '1' förekommer redan");
    }

    @Test
    void refusesANullIndicatorAtItsIndex() {
        assertRefused(
                () -> picture()
                        .indicators(java.util.Arrays.asList(SituationPictureFixtures.assaults(), null))
                        .prioritisedProblems(List.of())
                        .build(),
                "indicators[1]",
                "måste fyllas i");
    }

    @Test
    void refusesTheSameViolenceTypeTwice() {
        assertRefused(
                () -> picture()
                        .violenceTypes(List.of(ViolenceType.SEXUAL, ViolenceType.SEXUAL))
                        .build(),
                "violenceTypes[1]",
                "våldstypen 'SEXUAL' förekommer redan");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var refusal = assertRefused(() -> picture().areaCode("x").period(null).build(), "areaCode", "kommunkod");
        assertThat(refusal.violations()).extracting("path").contains("period");
    }

    @Test
    void findsAnIndicatorById() {
        assertThat(SituationPictureFixtures.norsjo2024().indicator("insecurity"))
                .map(Indicator::unit)
                .contains(Unit.PERCENT);
    }

    @Test
    void labelsPyramidLevelsFromBaseToTop() {
        assertThat(PyramidLevel.values()).extracting(PyramidLevel::step).containsExactly(1, 2, 3, 4, 5);
        assertThat(PyramidLevel.LETHAL_VIOLENCE.label()).isEqualTo("dödligt våld");
        assertThat(ViolenceType.HONOUR_RELATED.label()).isEqualTo("hedersrelaterat våld och förtryck");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() ->
                        new SituationPicture(null, null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("areaCode", "period", "status");
    }
}
