package se.valdsprevention.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.plan.ActionPlanFixtures.activity;
import static se.valdsprevention.core.plan.ActionPlanFixtures.plan;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.validation.Refusals;

class ActionPlanTest {

    @Test
    void refusesABlankVision() {
        assertRefused(() -> plan().vision("").build(), "vision", "måste fyllas i");
    }

    @Test
    void refusesTwoActivitiesWithTheSameId() {
        assertRefused(
                () -> plan().activities(List.of(activity().build(), activity().build()))
                        .build(),
                "activities[1].id",
                "aktivitets-id 'norm-talks' förekommer redan");
    }

    @Test
    void refusesTwoGoalsWithTheSameId() {
        var goal = ActionPlanFixtures.fewerViolatedPupils();

        assertRefused(() -> plan().goals(List.of(goal, goal)).build(), "goals[1].id", "mål-id");
    }

    @Test
    void refusesAnActivityOutsideThePlanPeriod() {
        assertRefused(
                () -> plan().activities(List.of(
                                activity().period(ReportingPeriod.ofYear(2028)).build()))
                        .productionFollowUps(List.of())
                        .build(),
                "activities[0].period",
                "måste ligga inom handlingsplanens period");
    }

    @Test
    void refusesAProductionFollowUpOfAnUnknownActivity() {
        assertRefused(
                () -> plan().productionFollowUps(List.of(
                                new ProductionFollowUp("norm-talks", ActivityStatus.DONE, null),
                                new ProductionFollowUp("parent-evenings", ActivityStatus.DONE, null)))
                        .build(),
                "productionFollowUps[1].activityId",
                "ingen aktivitet med id 'parent-evenings'");
    }

    @Test
    void refusesTwoProductionFollowUpsOfOneActivity() {
        assertRefused(
                () -> plan().productionFollowUps(List.of(
                                new ProductionFollowUp("norm-talks", ActivityStatus.IN_PROGRESS, null),
                                new ProductionFollowUp("norm-talks", ActivityStatus.DONE, null)))
                        .build(),
                "productionFollowUps[1].activityId",
                "uppföljningen av aktiviteten");
    }

    @Test
    void refusesAnOutcomeFollowUpOfAnUnknownGoal() {
        assertRefused(
                () -> plan().outcomeFollowUps(List.of(
                                new OutcomeFollowUp("safer-streets", BigDecimal.ONE, LocalDate.of(2026, 1, 1), null)))
                        .build(),
                "outcomeFollowUps[0].goalId",
                "inget mål med id 'safer-streets'");
    }

    @Test
    void reportsNestedPathsOfEveryBrokenRule() {
        var refusal = assertRefused(
                () -> plan().vision(" ")
                        .activities(List.of(activity().build(), activity().build()))
                        .build(),
                "vision",
                "måste fyllas i");
        assertThat(refusal.getMessage()).contains("activities[1].id: aktivitets-id");
    }

    @Test
    void replacesTheProductionFollowUpOfAnActivity() {
        var updated = ActionPlanFixtures.norsjoPlan()
                .withProductionFollowUp(new ProductionFollowUp("norm-talks", ActivityStatus.DONE, "Klart."));

        assertThat(updated.productionFollowUps())
                .extracting(ProductionFollowUp::status)
                .containsExactly(ActivityStatus.DONE);
    }

    @Test
    void addsOutcomeMeasurementsOverTime() {
        var updated = ActionPlanFixtures.norsjoPlan()
                .withOutcomeFollowUp(new OutcomeFollowUp(
                        "fewer-violated-pupils", new BigDecimal("8"), LocalDate.of(2027, 3, 1), null));

        assertThat(updated.goalProgress().get(0).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void refusesTwoMeasurementsOfOneGoalOnOneDay() {
        var plan = ActionPlanFixtures.norsjoPlan();
        var sameDay = new OutcomeFollowUp("fewer-violated-pupils", BigDecimal.TEN, LocalDate.of(2026, 3, 1), null);

        assertRefused(() -> plan.withOutcomeFollowUp(sameDay), "outcomeFollowUps[1].measuredAt", "förekommer redan");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new ActionPlan(null, null, null, null, null, null, null)))
                .containsExactly("municipalityCode", "period", "vision");
    }
}
