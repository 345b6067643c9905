package se.valdsprevention.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void collectsEveryViolationBeforeThrowing() {
        var v = new Violations();
        v.requireText(" ", "vision", Violations.TEXT_MAX);
        v.requireNonNegative(new BigDecimal("-1"), "indicators[2].women");

        assertThatThrownBy(v::throwIfAny)
                .isInstanceOf(ValidationException.class)
                .hasMessage("vision: måste fyllas i; indicators[2].women: får inte vara negativt");
    }

    @Test
    void throwsNothingWhenNothingWasFound() {
        var v = new Violations();
        v.requireText("Norsjö", "name", Violations.NAME_MAX);

        v.throwIfAny();

        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void refusesTextLongerThanItsLimit() {
        var v = new Violations();

        v.requireText("x".repeat(201), "name", Violations.NAME_MAX);

        assertThat(v.violations()).containsExactly(new Violation("name", "får vara högst 200 tecken (nu 201)"));
    }

    @Test
    void acceptsAbsentOptionalTextButNotTooLongText() {
        var v = new Violations();

        v.optionalText(null, "comment", 10);
        v.optionalText("x".repeat(11), "note", 10);

        assertThat(v.violations()).extracting(Violation::path).containsExactly("note");
    }

    @Test
    void refusesIdsWithSpacesOrSlashes() {
        var v = new Violations();

        v.requireId("school harassment", "id");
        v.requireId("a/b", "other");
        v.requireId("school-harassment_2.1", "fine");

        assertThat(v.violations()).extracting(Violation::path).containsExactly("id", "other");
    }

    @Test
    void treatsNullListAsEmptyAndReportsNullElementsAtTheirIndex() {
        var v = new Violations();

        List<String> none = v.list(null, "goals");
        List<String> some = v.list(Arrays.asList("a", null, "c"), "goals");

        assertThat(none).isEmpty();
        assertThat(some).containsExactly("a", "c");
        assertThat(v.violations()).containsExactly(new Violation("goals[1]", "måste fyllas i"));
    }

    @Test
    void reportsTheRepeatedElementOfADuplicate() {
        var v = new Violations();

        v.unique(List.of("a", "b", "a"), "indicators", "id", s -> s, "indikator-id");

        assertThat(v.violations())
                .containsExactly(
                        new Violation("indicators[2].id", "indikator-id 'a' förekommer redan (även i indicators[0])"));
    }

    @Test
    void prefixesNestedPaths() {
        var v = new Violations();

        v.at("activities[1]").nested("programmeTheory", () -> {
            throw ValidationException.of("why", "måste fyllas i");
        });
        v.at("activities[1]").add("[0]", "odd");

        assertThat(v.violations())
                .extracting(Violation::path)
                .containsExactly("activities[1].programmeTheory.why", "activities[1][0]");
    }

    @Test
    void turnsBlankOptionalTextIntoNull() {
        assertThat(Violations.blankToNull("  ")).isNull();
        assertThat(Violations.blankToNull("text")).isEqualTo("text");
    }
}
