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
                "måste ange varför aktiviteten ställdes in");
    }

    @Test
    void refusesAProductionFollowUpWithoutStatus() {
        assertRefused(() -> new ProductionFollowUp("norm-talks", null, null), "status", "måste fyllas i");
    }

    @Test
    void refusesAnOutcomeWithoutMeasuredValue() {
        assertRefused(
                () -> new OutcomeFollowUp("fewer-violated-pupils", null, LocalDate.of(2026, 3, 1), null),
                "measuredValue",
                "måste fyllas i");
    }

    @Test
    void refusesAnOutcomeWithoutDate() {
        assertRefused(
                () -> new OutcomeFollowUp("fewer-violated-pupils", BigDecimal.TEN, null, null),
                "measuredAt",
                "måste fyllas i");
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
