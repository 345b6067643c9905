package se.valdsprevention.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.web.SwedishDates;

/** A refusal of the domain types is shown at the field its path names, under the field's Swedish label. */
class PlanReaderTest {

    private final SwedishDates dates = new SwedishDates(ZoneId.of("Europe/Stockholm"), Clock.systemUTC());

    @Test
    void placesACoreViolationAtTheActivityFieldItNames() {
        PlanForm form = new PlanForm();
        form.addActivity().setTitle("Trygga skolvägar");
        form.addActivity().setTitle("Föräldrastöd");
        form.addGoal();
        PlanErrors errors = new PlanErrors();

        new PlanReader(dates, form, errors)
                .refused(
                        new ValidationException(List.of(
                                new Violation("activities[1].programmeTheory.why", "must not be blank"),
                                new Violation("activities[0].resources.hours", "must not be negative"),
                                new Violation("goals[0].target", "must differ from the baseline 13"),
                                new Violation("vision", "must not be blank"),
                                new Violation("municipalityCode", "must be 2417"))),
                        null,
                        null);

        assertThat(errors.has("activity-1-why")).isTrue();
        assertThat(errors.has("activity-0-hours")).isTrue();
        assertThat(errors.has("goal-0-target")).isTrue();
        assertThat(errors.has("vision")).isTrue();
        assertThat(errors.summary())
                .extracting(PlanErrors.Problem::fieldId)
                .containsExactly("activity-1-why", "activity-0-hours", "goal-0-target", "vision", null);
        assertThat(errors.summary().get(0).text()).startsWith("Aktivitet 2 (Föräldrastöd): Varför: ");
        assertThat(errors.summary().get(1).text()).startsWith("Aktivitet 1 (Trygga skolvägar): Arbetstid i timmar: ");
        assertThat(errors.summary().get(2).text()).startsWith("Mål 1: Målvärde: ");
    }

    @Test
    void placesAFollowUpViolationAtTheRowItCameFrom() {
        PlanForm form = new PlanForm();
        form.addActivity().setTitle("Trygga skolvägar");
        form.addActivity().setTitle("Föräldrastöd");
        PlanErrors errors = new PlanErrors();

        new PlanReader(dates, form, errors)
                .refused(
                        ValidationException.of("productionFollowUps[0].comment", "must say why"),
                        List.of(1),
                        List.of());

        assertThat(errors.of("activity-1-comment")).isEqualTo("must say why");
        assertThat(errors.summary().get(0).text()).startsWith("Aktivitet 2 (Föräldrastöd): Vad gjordes?");
    }
}
