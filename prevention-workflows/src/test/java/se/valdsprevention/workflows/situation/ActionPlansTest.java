package se.valdsprevention.workflows.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.workflows.situation.CycleDocumentFixtures.plan;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.workflows.WorkflowsTestApplication;

/** Action plans in the engine's database; each test uses its own cycles, since the tests share one database. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class ActionPlansTest {

    static final Instant MAY = Instant.parse("2026-05-04T08:00:00Z");

    @Autowired
    ActionPlans plans;

    @Test
    void revisionsOfAPlanAreNumberedPerCycleAndReadBackAsSaved() {
        plans.save("cycle-plan-norsjo", plan("2417", "Ingen i Norsjö ska utsättas för våld."), "coordinator-2417", MAY);
        var second = plans.save(
                "cycle-plan-norsjo",
                plan("2417", "Ingen i Norsjö ska utsättas för våld eller hot."),
                "team-2417",
                MAY.plusSeconds(3600));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(plans.latest("cycle-plan-norsjo")).contains(second);
        assertThat(plans.history("cycle-plan-norsjo"))
                .extracting(r -> r.plan().vision())
                .containsExactly(
                        "Ingen i Norsjö ska utsättas för våld.", "Ingen i Norsjö ska utsättas för våld eller hot.");
        assertThat(plans.history("cycle-plan-norsjo"))
                .extracting(ActionPlanRevision::author)
                .containsExactly("coordinator-2417", "team-2417");
    }

    @Test
    void aPlanOfAnotherMunicipalityThanTheCyclesIsRefusedAndNotStored() {
        plans.save("cycle-plan-sorsele", plan("2422", "Ett tryggt Sorsele."), "coordinator-2422", MAY);

        assertThatThrownBy(() -> plans.save("cycle-plan-sorsele", plan("2417", "Fel kommun."), "coordinator-2417", MAY))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("municipalityCode"));
        assertThat(plans.history("cycle-plan-sorsele")).hasSize(1);
    }
}
