package se.valdsprevention.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void listsEveryViolationInItsMessage() {
        var e = new ValidationException(List.of(
                new Violation("indicators[2].women", "must not be negative"),
                new Violation("vision", "must not be blank")));

        assertThat(e).hasMessage("indicators[2].women: must not be negative; vision: must not be blank");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void writesDocumentLevelViolationsWithoutPath() {
        assertThat(ValidationException.of("", "not readable")).hasMessage("not readable");
    }

    @Test
    void movesViolationsUnderAPrefix() {
        var e = ValidationException.of("why", "must not be blank").prefixed("activities[1].programmeTheory");

        assertThat(e.violations())
                .containsExactly(new Violation("activities[1].programmeTheory.why", "must not be blank"));
    }

    @Test
    void refusesToBeEmpty() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
