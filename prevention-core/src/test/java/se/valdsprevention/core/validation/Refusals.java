package se.valdsprevention.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that building a value is refused with a violation at an exact field path. */
public final class Refusals {

    private Refusals() {}

    /** Asserts a refusal that contains a violation at {@code path} whose message contains {@code message}. */
    public static ValidationException assertRefused(ThrowingCallable build, String path, String message) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, build);
        assertThat(refusal).as("expected a ValidationException").isNotNull();
        assertThat(refusal.violations())
                .as("violations of %s", refusal.getMessage())
                .anySatisfy(violation -> {
                    assertThat(violation.path()).isEqualTo(path);
                    assertThat(violation.message()).contains(message);
                });
        return refusal;
    }

    /** The paths of every violation that refuses {@code build}, in the order they were found. */
    public static List<String> paths(ThrowingCallable build) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, build);
        assertThat(refusal).as("expected a ValidationException").isNotNull();
        return refusal.violations().stream().map(Violation::path).toList();
    }
}
