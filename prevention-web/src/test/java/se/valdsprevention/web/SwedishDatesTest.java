package se.valdsprevention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Dates are ÅÅÅÅ-MM-DD in Swedish time, and a date that is not one is refused, never adjusted. */
class SwedishDatesTest {

    private final SwedishDates dates = new SwedishDates(
            ZoneId.of("Europe/Stockholm"), Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void datesAndTimesAreShownAsIsoInSwedishTime() {
        assertThat(dates.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
        assertThat(dates.dateTime(Instant.parse("2026-06-01T10:15:00Z"))).isEqualTo("2026-06-01 12:15");
        assertThat(dates.today()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void onlyRealDatesWrittenAsIsoAreAccepted() {
        assertThat(dates.parse(" 2020-01-01 ")).contains(LocalDate.of(2020, 1, 1));
        assertThat(dates.parse("")).isEmpty();
        for (String wrong : new String[] {"01/01/2020", "2026-02-30", "2026-1-1", "20200101", "<b>"}) {
            assertThatThrownBy(() -> dates.parse(wrong)).as(wrong).hasMessageContaining("ÅÅÅÅ-MM-DD");
        }
        for (String absurd : new String[] {"1850-01-01", "-0001-01-01", "9999-12-31"}) {
            assertThatThrownBy(() -> dates.parse(absurd))
                    .as(absurd)
                    .hasMessageContaining("mellan 1900-01-01 och 2199-12-31");
        }
    }
}
