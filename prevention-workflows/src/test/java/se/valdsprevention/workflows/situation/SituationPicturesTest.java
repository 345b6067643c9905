package se.valdsprevention.workflows.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.valdsprevention.workflows.situation.CycleDocumentFixtures.agreed;
import static se.valdsprevention.workflows.situation.CycleDocumentFixtures.draft;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.workflows.WorkflowsTestApplication;

/**
 * Situation pictures in the engine's database as a county's application has them. Each test uses its own
 * cycles and municipality, since the tests share one database.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class SituationPicturesTest {

    static final Instant MARCH = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-06T08:00:00Z");

    @Autowired
    SituationPictures pictures;

    @Test
    void aSavedPictureIsReadBackWithItsRawFiguresAuthorAndTime() {
        var saved = pictures.save("cycle-norsjo-round-trip", draft("2417", 2025), "coordinator-2417", MARCH);

        var latest = pictures.latest("cycle-norsjo-round-trip").orElseThrow();

        assertThat(latest).isEqualTo(saved);
        assertThat(latest.picture()).isEqualTo(draft("2417", 2025));
        assertThat(latest.picture().indicator("school-harassment").orElseThrow().women())
                .isEqualByComparingTo("3");
        assertThat(latest.municipalityCode()).isEqualTo("2417");
        assertThat(latest.author()).isEqualTo("coordinator-2417");
        assertThat(latest.recordedAt()).isEqualTo(MARCH);
    }

    @Test
    void everySaveAddsTheNextRevisionAndKeepsTheEarlierOnes() {
        pictures.save("cycle-numbering", draft("2417", 2025), "coordinator-2417", MARCH);
        pictures.save("cycle-numbering", agreed("2417", 2025), "coordinator-2417", APRIL);
        pictures.save("cycle-other", draft("2417", 2026), "coordinator-2417", APRIL);

        assertThat(pictures.history("cycle-numbering"))
                .extracting(SituationPictureRevision::revision, r -> r.picture().status())
                .containsExactly(tuple(1, PictureStatus.DRAFT), tuple(2, PictureStatus.AGREED));
        assertThat(pictures.latest("cycle-numbering").orElseThrow().revision()).isEqualTo(2);
        assertThat(pictures.latest("cycle-other").orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void theNewestAgreedPictureOfAnyCycleIsTheBaselineNotALaterDraft() {
        pictures.save("cycle-vilhelmina-2025", agreed("2462", 2025), "coordinator-2462", MARCH);
        pictures.save("cycle-vilhelmina-2026", agreed("2462", 2026), "coordinator-2462", APRIL);
        pictures.save("cycle-vilhelmina-2027", draft("2462", 2027), "coordinator-2462", APRIL.plusSeconds(60));

        var baseline = pictures.latestAgreed("2462").orElseThrow();

        assertThat(baseline.cycleId()).isEqualTo("cycle-vilhelmina-2026");
        assertThat(baseline.picture().period().start().getYear()).isEqualTo(2026);
        assertThat(pictures.latestAgreed("2463")).isEmpty();
    }

    @Test
    void eachCycleGivesItsNewestAgreedPictureToTheTrendInTheOrderTheyWereAgreed() {
        pictures.save("cycle-lycksele-2025", agreed("2481", 2025), "coordinator-2481", MARCH);
        pictures.save("cycle-lycksele-2026", draft("2481", 2026), "coordinator-2481", MARCH.plusSeconds(60));
        pictures.save("cycle-lycksele-2026", agreed("2481", 2026), "coordinator-2481", APRIL);
        pictures.save("cycle-lycksele-2025", agreed("2481", 2025), "coordinator-2481", APRIL.plusSeconds(60));
        pictures.save("cycle-lycksele-2027", draft("2481", 2027), "coordinator-2481", APRIL.plusSeconds(120));
        pictures.save("cycle-other-municipality", agreed("2482", 2025), "coordinator-2482", MARCH);

        assertThat(pictures.agreedPerCycle("2481"))
                .extracting(SituationPictureRevision::cycleId, SituationPictureRevision::revision)
                .containsExactly(tuple("cycle-lycksele-2026", 2), tuple("cycle-lycksele-2025", 2));
        assertThat(pictures.agreedPerCycle("2483")).isEmpty();
    }

    @Test
    void aPictureOfAnotherMunicipalityThanTheCyclesIsRefusedAndNotStored() {
        pictures.save("cycle-sorsele", draft("2422", 2025), "coordinator-2422", MARCH);

        assertThatThrownBy(() -> pictures.save("cycle-sorsele", draft("2417", 2025), "coordinator-2417", APRIL))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("areaCode"));
        assertThat(pictures.history("cycle-sorsele")).hasSize(1);
    }

    @Test
    void aCountyWidePictureIsRefused() {
        assertThatThrownBy(() -> pictures.save("cycle-county", draft("24", 2025), "county-24", MARCH))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("areaCode"));
        assertThat(pictures.history("cycle-county")).isEmpty();
    }

    @Test
    void aCycleWithoutPicturesHasNoLatest() {
        assertThat(pictures.latest("cycle-never-saved")).isEmpty();
        assertThat(pictures.history("cycle-never-saved")).isEmpty();
    }

    @Test
    void onlyTheRevisionSavedAsReadyForTheTeamCarriesTheMark() {
        pictures.save("cycle-asele-ready", draft("2463", 2025), "coordinator-2463", MARCH);
        pictures.saveReadyForTeam("cycle-asele-ready", draft("2463", 2025), "coordinator-2463", APRIL);
        pictures.save("cycle-asele-later", draft("2463", 2026), "coordinator-2463", APRIL.plusSeconds(60));

        assertThat(pictures.readyForTeam("cycle-asele-ready")).containsExactly(2);
        assertThat(pictures.readyForTeam("cycle-asele-later")).isEmpty();
        assertThat(pictures.cyclesOf("2463")).containsExactly("cycle-asele-later", "cycle-asele-ready");
    }
}
