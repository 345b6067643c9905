package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.picture;
import static se.valdsprevention.web.situation.SituationPageFixture.post;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The municipality's police officer adds the police's figures to the picture and cannot touch anyone else's. */
class PoliceFiguresTest extends WorkspaceTest {

    static final String FORM = "#lagesbild-form";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    SituationPageFixture cycles;
    String cycle;

    @BeforeEach
    void coordinatorHasStarted() {
        cycles = new SituationPageFixture(runtimeService, identityService, pictures);
        cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation", "contributePoliceFigures");
        Map<String, String> fields = picture("Elever utsatta för kränkningar", "40", "35", "75");
        fields.put("observations[0].finding", "Eleverna känner sig otrygga i korridorerna.");
        fields.put("observations[0].source", "Skolenkäten");
        assertThat(post(loggedIn("coordinator-2417"), "2417", fields).status()).isEqualTo(302);
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    @Test
    void thePoliceAddTheirOwnIndicatorAndObservationBesideTheTeamsRows() {
        PageSession police = loggedIn("police-2417");
        Page page = police.get(url("2417"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("table.indicators").text()).contains("Elever utsatta för kränkningar");
        assertThat(page.document().select(FORM + " input[name='indicators[0].name']"))
                .isEmpty();
        assertThat(page.document().select(FORM + " [name^=genderEqualityAnalysis], " + FORM + " [name^=period]"))
                .isEmpty();

        page = police.submitFrom(page, FORM, Map.of("action", "addIndicator"));
        page = police.submitFrom(page, FORM, Map.of("action", "addObservation"));
        Page saved = police.submitFrom(
                page,
                FORM,
                Map.of(
                        "indicators[0].name", "Anmälda misshandelsbrott utomhus",
                        "indicators[0].women", "6",
                        "indicators[0].men", "19",
                        "indicators[0].total", "25",
                        "observations[0].finding", "Fler anmälningar kring helger.",
                        "action", "save"));

        assertThat(saved.status()).isEqualTo(302);
        SituationPicture picture =
                pictures.latest(cycles.cycleId(cycle)).orElseThrow().picture();
        assertThat(picture.indicators())
                .extracting(Indicator::name, Indicator::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Elever utsatta för kränkningar", "Skolenkäten"),
                        org.assertj.core.groups.Tuple.tuple("Anmälda misshandelsbrott utomhus", "Polisen"));
        assertThat(picture.indicators().get(0).women()).isEqualByComparingTo("40");
        assertThat(picture.observations()).extracting(o -> o.source()).containsExactly("Skolenkäten", "Polisen");
        assertThat(picture.period().start()).hasToString("2026-01-01");
        assertThat(pictures.history(cycles.cycleId(cycle)).get(1).author()).isEqualTo("police-2417");
    }

    @Test
    void aForgedChangeToTheCoordinatorsRowIsRefusedAndNothingIsSaved() {
        PageSession police = loggedIn("police-2417");

        Page forged = post(
                police,
                "2417",
                Map.of(
                        "indicators[0].id", "elever-utsatta-for-krankningar",
                        "indicators[0].name", "Elever utsatta för kränkningar",
                        "indicators[0].unit", "PERSONS",
                        "indicators[0].personBased", "true",
                        "indicators[0].women", "1",
                        "indicators[0].men", "1",
                        "indicators[0].total", "2",
                        "action", "save"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.mainText()).contains("Polisen kan bara ändra polisens egna indikatorer");

        Page otherSection = post(
                police,
                "2417",
                Map.of("genderEqualityAnalysis.summary", "Polisen skriver om analysen", "action", "save"));

        assertThat(otherSection.status()).isEqualTo(403);
        Page emptied = post(police, "2417", Map.of("action", "save"));
        assertThat(emptied.status()).isEqualTo(302);
        SituationPicture picture =
                pictures.latest(cycles.cycleId(cycle)).orElseThrow().picture();
        assertThat(picture.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.id()).isEqualTo("elever-utsatta-for-krankningar");
            assertThat(indicator.women()).isEqualByComparingTo("40");
        });
        assertThat(picture.observations()).hasSize(1);
        assertThat(cycles.revisions(cycle)).isEqualTo(2);
    }
}
