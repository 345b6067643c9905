package se.valdsprevention.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

/** Production and outcome follow-up on their own. */
class FollowUpTest {

    @Test
    void refusesACancelledActivityWithoutReason() {
        assertRefused(
                () -> new ProductionFollowUp("norm-talks", ActivityStatus.CANCELLED, " "),
                "comment",
                "must say why the activity was cancelled");
    }

    @Test
    void refusesAProductionFollowUpWithoutStatus() {
        assertRefused(() -> new ProductionFollowUp("norm-talks", null, null), "status", "is required");
    }

    @Test
    void refusesAnOutcomeWithoutMeasuredValue() {
        assertRefused(
                () -> new OutcomeFollowUp("fewer-violated-pupils", null, LocalDate.of(2026, 3, 1), null),
                "measuredValue",
                "is required");
    }

    @Test
    void refusesAnOutcomeWithoutDate() {
        assertRefused(
                () -> new OutcomeFollowUp("fewer-violated-pupils", BigDecimal.TEN, null, null),
                "measuredAt",
                "is required");
    }

    @Test
    void reportsEveryMissingFieldOfProduction() {
        assertThat(Refusals.paths(() -> new ProductionFollowUp(null, null, null)))
                .containsExactly("activityId", "status");
    }

    @Test
    void reportsEveryMissingFieldOfOutcome() {
        assertThat(Refusals.paths(() -> new OutcomeFollowUp(null, null, null, null)))
                .containsExactly("goalId", "measuredValue", "measuredAt");
    }
}
