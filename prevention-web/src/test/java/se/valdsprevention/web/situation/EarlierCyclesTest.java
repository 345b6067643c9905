package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The previous agreed picture beside the new one, and an earlier cycle's picture read-only, small counts hidden. */
class EarlierCyclesTest extends WorkspaceTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    SituationPageFixture cycles;
    String earlierCycleId;

    @BeforeEach
    void anAgreedPictureOfAnEarlierCycle() {
        cycles = new SituationPageFixture(runtimeService, identityService, pictures);
        earlierCycleId = "earlier-" + UUID.randomUUID();
        SituationPicture agreed = new SituationPicture(
                        "2417",
                        ReportingPeriod.ofYear(2025),
                        List.of(ViolenceType.SCHOOL),
                        PictureStatus.DRAFT,
                        null,
                        null,
                        List.of(new Indicator(
                                "krankningar-2025",
                                "Elever utsatta för kränkningar",
                                "Skolenkäten",
                                Unit.PERSONS,
                                true,
                                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                                new BigDecimal("3"),
                                new BigDecimal("20"),
                                new BigDecimal("23"),
                                null)),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of())
                .agree("coordinator-2417", LocalDate.of(2025, 12, 15));
        pictures.save(earlierCycleId, agreed, "coordinator-2417", Instant.parse("2025-12-15T10:00:00Z"));
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    @Test
    void theBaselinesPublishedValuesStandBesideTheIndicatorWithTheSameName() {
        identityService.clearAuthentication();
        String cycle = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", "2417")
                .setVariable("cycleLabel", "Norsjö 2026")
                .setVariable("baselineCycleId", earlierCycleId)
                .startBeforeActivity("describeSituation")
                .execute()
                .getId();
        try {
            var fields = SituationPageFixture.picture("Elever utsatta för kränkningar", "30", "25", "55");
            assertThat(SituationPageFixture.post(loggedIn("coordinator-2417"), "2417", fields)
                            .status())
                    .isEqualTo(302);

            Page form = loggedIn("coordinator-2417").get(url("2417"));
            assertThat(form.document().select("#lagesbild-form td.previous").text())
                    .isEqualTo("kvinnor färre än 5, män dolt för att skydda små tal, totalt 23");

            Page read = loggedIn("manager-2417").get(url("2417"));
            assertThat(read.document().select("table.indicators tbody td").eachText())
                    .contains("kvinnor färre än 5, män dolt för att skydda små tal, totalt 23");
            assertThat(read.document().select("a[href$=?cykel=" + earlierCycleId + "]"))
                    .hasSize(1);
        } finally {
            runtimeService.deleteProcessInstance(cycle, "test finished", true, true);
        }
    }

    @Test
    void anEarlierCyclesPictureIsShownReadOnlyAndOnlyToItsMunicipality() {
        Page earlier = loggedIn("coordinator-2417").get(url("2417") + "?cykel=" + earlierCycleId);

        assertThat(earlier.status()).isEqualTo(200);
        assertThat(earlier.document().select("main form, main input")).isEmpty();
        assertThat(earlier.document().select("#status").text()).isEqualTo("fastställd");
        assertThat(earlier.document().select("table.indicators td.number").eachText())
                .containsExactly("färre än 5", "dolt för att skydda små tal", "23");

        assertThat(loggedIn("county-24")
                        .get(url("2422") + "?cykel=" + earlierCycleId)
                        .status())
                .isEqualTo(404);
        assertThat(loggedIn("coordinator-2417")
                        .get(url("2417") + "?cykel=okand")
                        .status())
                .isEqualTo(404);
    }
}
