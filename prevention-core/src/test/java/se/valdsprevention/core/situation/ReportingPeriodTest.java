package se.valdsprevention.core.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void coversAWholeCalendarYear() {
        var year = ReportingPeriod.ofYear(2024);

        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertRefused(
                () -> new ReportingPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)),
                "end",
                "får inte ligga före startdatumet 2024-02-01");
    }

    @Test
    void refusesMissingDates() {
        var refusal = assertRefused(() -> new ReportingPeriod(null, null), "start", "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").containsExactly("start", "end");
    }

    @Test
    void precedesOnlyAPeriodStartingAfterItsEnd() {
        assertThat(ReportingPeriod.ofYear(2023).precedes(ReportingPeriod.ofYear(2024)))
                .isTrue();
        assertThat(ReportingPeriod.ofYear(2024).precedes(ReportingPeriod.ofYear(2024)))
                .isFalse();
        assertThat(ReportingPeriod.ofYear(2025).precedes(ReportingPeriod.ofYear(2024)))
                .isFalse();
    }

    @Test
    void enclosesPeriodsWithinIt() {
        var plan = new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));

        assertThat(plan.encloses(ReportingPeriod.ofYear(2026))).isTrue();
        assertThat(plan.encloses(ReportingPeriod.ofYear(2028))).isFalse();
    }
}
