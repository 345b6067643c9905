package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.situation.SituationPictureFixtures.n;

import org.junit.jupiter.api.Test;
import se.valdsprevention.core.json.DomainJson;

class PublishedSituationPictureTest {

    private final PublishedSituationPicture published =
            SituationPictureFixtures.norsjo2024().publishable();

    private PublishedValues values(String indicatorId) {
        return published.indicators().stream()
                .filter(i -> i.id().equals(indicatorId))
                .findFirst()
                .orElseThrow()
                .values();
    }

    @Test
    void suppressesSmallCountsAndTheirComplement() {
        assertThat(values("school-harassment"))
                .isEqualTo(new PublishedValues(Suppressed.SMALL_COUNT, Suppressed.PROTECTING, new Shown(n("13"))));
    }

    @Test
    void showsLargeCountsPercentagesAndCasesThatAreNotPersonBased() {
        assertThat(values("reported-assaults").women()).isEqualTo(new Shown(n("12")));
        assertThat(values("insecurity").men()).isEqualTo(new Shown(n("9.0")));
        assertThat(values("police-call-outs")).isEqualTo(new PublishedValues(null, null, new Shown(n("41"))));
    }

    @Test
    void keepsTheDescriptionOfThePicture() {
        var picture = SituationPictureFixtures.norsjo2024();

        assertThat(published.areaCode()).isEqualTo("2417");
        assertThat(published.genderEqualityAnalysis()).isEqualTo(picture.genderEqualityAnalysis());
        assertThat(published.indicators())
                .extracting(PublishedIndicator::id)
                .containsExactly("reported-assaults", "school-harassment", "insecurity", "police-call-outs");
    }

    @Test
    void writesSuppressedValuesWithoutTheirNumber() {
        String json = new DomainJson().write(values("school-harassment"));

        assertThat(json)
                .isEqualTo("{\"women\":{\"suppressed\":true,\"reason\":\"SMALL_COUNT\"},"
                        + "\"men\":{\"suppressed\":true,\"reason\":\"PROTECTS_SMALL_COUNT\"},"
                        + "\"total\":{\"value\":13,\"suppressed\":false}}");
    }

    @Test
    void writesNoSmallNumberInThePublishedPicture() {
        String json = new DomainJson().write(published);

        assertThat(json).contains("\"men\":{\"suppressed\":true,\"reason\":\"PROTECTS_SMALL_COUNT\"}");
        assertThat(json).doesNotContain("\"value\":3,", "\"value\":3}");
    }
}
