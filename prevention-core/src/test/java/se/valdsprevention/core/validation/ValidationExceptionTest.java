package se.valdsprevention.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void listsEveryViolationInItsMessage() {
        var e = new ValidationException(List.of(
                new Violation("indicators[2].women", "får inte vara negativt"),
                new Violation("vision", "måste fyllas i")));

        assertThat(e).hasMessage("indicators[2].women: får inte vara negativt; vision: måste fyllas i");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void writesDocumentLevelViolationsWithoutPath() {
        assertThat(ValidationException.of("", "kan inte läsas")).hasMessage("kan inte läsas");
    }

    @Test
    void movesViolationsUnderAPrefix() {
        var e = ValidationException.of("why", "måste fyllas i").prefixed("activities[1].programmeTheory");

        assertThat(e.violations())
                .containsExactly(new Violation("activities[1].programmeTheory.why", "måste fyllas i"));
    }

    @Test
    void refusesToBeEmpty() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
