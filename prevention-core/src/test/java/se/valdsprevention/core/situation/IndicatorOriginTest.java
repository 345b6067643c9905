package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.situation.SituationPictureFixtures.indicator;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.validation.ValidationException;

/** An imported indicator keeps where its figures come from, through JSON and revisions. */
class IndicatorOriginTest {

    private static final Instant RETRIEVED = Instant.parse("2026-12-02T09:15:00Z");

    @Test
    void keepsItsOriginAndPopulationThroughJson() {
        var imported = indicator()
                .values("40", "12", "52")
                .build()
                .from(IndicatorOrigin.kolada("N07403", 2025, RETRIEVED), Population.of(1_950, 2_100));
        var picture = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(imported)
                .build();
        var json = new DomainJson();

        var read = json.read(json.write(picture), SituationPicture.class);

        assertThat(read.indicators().get(0).origin())
                .isEqualTo(new IndicatorOrigin("Kolada", "N07403", 2025, RETRIEVED));
        assertThat(read.indicators().get(0).origin().kolada()).isTrue();
        assertThat(read.indicators().get(0).population()).isEqualTo(new Population(1_950L, 2_100L, 4_050L));
    }

    @Test
    void aTypedIndicatorHasNone() {
        var typed = indicator().values("40", "12", "52").build();

        assertThat(typed.origin()).isNull();
        assertThat(typed.population()).isNull();
    }

    @Test
    void comparesFiguresWhateverTheirScale() {
        var a = indicator().values("40", "12", "52").build();
        var b = indicator().values("40.0", "12", "52.00").build();
        var c = indicator().values("41", "12", "53").build();

        assertThat(a.sameFigures(b)).isTrue();
        assertThat(a.sameFigures(c)).isFalse();
    }

    @Test
    void refusesAnOriginWithoutSystemOrTimeOrWithAnImpossibleYear() {
        assertThatThrownBy(() -> new IndicatorOrigin(" ", "N07403", 2025, RETRIEVED))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("system");
        assertThatThrownBy(() -> new IndicatorOrigin("Kolada", "N07403", 2025, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("retrievedAt");
        assertThatThrownBy(() -> new IndicatorOrigin("Kolada", "N07403", 20250, RETRIEVED))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("year");
    }

    @Test
    void anEditKeepsTheOriginOfUnchangedFiguresOnlyAndNeverTakesOneOfItsOwn() {
        var kolada = IndicatorOrigin.kolada("N07403", 2025, RETRIEVED);
        var imported =
                indicator().id("rate").values("40", "12", "52").build().from(kolada, Population.of(1_950, 2_100));
        var other = indicator().id("other").values("7", "8", "15").build();
        var stored = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(imported, other)
                .build();
        var forged = indicator().id("other").values("7", "8", "15").build().from(kolada, Population.of(9, 9));

        var unchanged = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(indicator().id("rate").values("40", "12", "52").build(), forged)
                .build()
                .editOf(stored);
        var changed = SituationPictureFixtures.picture()
                .prioritisedProblems(java.util.List.of())
                .indicators(indicator().id("rate").values("41", "12", "53").build())
                .build()
                .editOf(stored);

        assertThat(unchanged.indicator("rate").orElseThrow().origin()).isEqualTo(kolada);
        assertThat(unchanged.indicator("rate").orElseThrow().population()).isEqualTo(Population.of(1_950, 2_100));
        assertThat(unchanged.indicator("other").orElseThrow().origin()).isNull();
        assertThat(unchanged.indicator("other").orElseThrow().population()).isNull();
        assertThat(changed.indicator("rate").orElseThrow().origin()).isNull();
        assertThat(forged.origin()).isNotNull();
    }
}
