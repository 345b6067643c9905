package se.valdsprevention.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses an invalid domain value and lists every violation at once, for example
 * {@code indicators[2].women: får inte vara negativt; vision: måste fyllas i}.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** A refusal with a single violation. */
    public static ValidationException of(String path, String message) {
        return new ValidationException(List.of(new Violation(path, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violations, moved under {@code prefix}, as they appear from an enclosing document. */
    public ValidationException prefixed(String prefix) {
        return new ValidationException(
                violations.stream().map(v -> v.under(prefix)).toList());
    }

    private static String describe(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
