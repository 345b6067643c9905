package se.valdsprevention.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.validation.ValidationException;

/** Lead times are medians and 90th percentiles of durations that really occurred; rates say when there is none. */
class LeadTimesTest {

    private static List<Duration> days(int... days) {
        List<Duration> durations = new ArrayList<>();
        for (int d : days) {
            durations.add(Duration.ofDays(d));
        }
        return durations;
    }

    @Test
    void theMedianAndTheNinetiethPercentileAreNearestRank() {
        LeadTimes ten = LeadTimes.of(days(10, 1, 9, 2, 8, 3, 7, 4, 6, 5));

        assertThat(ten.count()).isEqualTo(10);
        assertThat(ten.medianDays()).isEqualByComparingTo("5");
        assertThat(ten.p90Days()).isEqualByComparingTo("9");
        assertThat(LeadTimes.of(days(30)).p90Days()).isEqualByComparingTo("30");
        assertThat(LeadTimes.of(days(3, 40, 41)).medianDays()).isEqualByComparingTo("40");
    }

    @Test
    void daysKeepOneDecimal() {
        LeadTimes halfDay = LeadTimes.of(List.of(Duration.ofHours(36)));

        assertThat(halfDay.medianDays()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void withoutOccurrencesThereIsNoFigureRatherThanZero() {
        assertThat(LeadTimes.of(List.of())).isEqualTo(LeadTimes.none());
        assertThat(LeadTimes.none().medianDays()).isNull();
    }

    @Test
    void refusesNegativeDurationsAndInconsistentFigures() {
        assertThatThrownBy(() -> LeadTimes.of(List.of(Duration.ofDays(-1))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("durations");
        assertThatThrownBy(() -> new LeadTimes(2, new BigDecimal("5"), new BigDecimal("4")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("p90Days");
        assertThatThrownBy(() -> new LeadTimes(0, new BigDecimal("5"), new BigDecimal("5")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("medianDays");
    }

    @Test
    void theOverdueActionRateCountsActionsDueInThePeriodStillOpenAfterTheirDate() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        var meeting = new Meeting(
                "m1",
                "2417",
                LocalDate.of(2026, 3, 1),
                List.of("Läget"),
                List.of(),
                null,
                List.of(
                        new MeetingAction(
                                "a1", "Boka lokal", "team-2417", LocalDate.of(2026, 3, 15), ActionStatus.DONE),
                        new MeetingAction(
                                "a2", "Ring skolan", "team-2417", LocalDate.of(2026, 4, 1), ActionStatus.OPEN),
                        new MeetingAction("a3", "Skriv PM", "team-2417", LocalDate.of(2026, 7, 15), ActionStatus.OPEN),
                        new MeetingAction("a4", "Gammal", "team-2417", LocalDate.of(2025, 12, 1), ActionStatus.OPEN)));

        ActionFollowThrough rate =
                ActionFollowThrough.of(List.of(meeting), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), asOf);

        assertThat(rate).isEqualTo(new ActionFollowThrough(2, 1));
        assertThat(rate.overduePercent()).contains(new BigDecimal("50.0"));
        assertThat(new ActionFollowThrough(0, 0).overduePercent()).isEmpty();
        assertThatThrownBy(() -> new ActionFollowThrough(1, 2))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("overdue");
        assertThatThrownBy(() -> ActionFollowThrough.of(List.of(), asOf, asOf.minusDays(1), asOf))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("to");
    }
}
