package se.valdsprevention.workflows.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.decision.Resources;

/** The decision form says who decides and why, in the county's own limits. */
class DeciderReasonTest {

    private static final BigDecimal MANAGER_SEK = new BigDecimal("50000");
    private static final BigDecimal MANAGER_HOURS = new BigDecimal("200");
    private static final BigDecimal CHAIR_SEK = new BigDecimal("250000");

    @Test
    void namesTheAmountsTheLimitsTheDeciderAndFourEyes() {
        String reason = DeciderReason.of(
                "Kommunstyrelsens ordförande",
                "board-chair",
                new Resources(new BigDecimal("60000"), new BigDecimal("10")),
                MANAGER_SEK,
                MANAGER_HOURS,
                CHAIR_SEK);

        assertThat(reason)
                .startsWith("Förslaget gäller 60 000 kr och 10 arbetstimmar.")
                .contains("kommunchefen upp till 50 000 kr och 200 timmar")
                .contains("ordförande upp till 250 000 kr")
                .contains("Därför beslutar Kommunstyrelsens ordförande.")
                .doesNotContain("registrerar")
                .endsWith("(fyra ögon).");
    }

    @Test
    void aBoardDecisionIsRegisteredByTheChair() {
        String reason = DeciderReason.of(
                "Kommunstyrelsen", "board-chair", new Resources(BigDecimal.ZERO, BigDecimal.ZERO), null, null, null);

        assertThat(reason)
                .contains("Därför beslutar Kommunstyrelsen.")
                .contains("Kommunstyrelsens ordförande registrerar kommunstyrelsens beslut här.")
                .doesNotContain("beslutsordningen");
    }
}
