package se.valdsprevention.core.validation;

import java.util.Objects;

/**
 * One broken rule: the path of the field (for example {@code activities[1].programmeTheory.why}, or empty for
 * the document as a whole) and what is wrong with it.
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a message");
        }
    }

    /** The same violation, moved under {@code prefix} (for a nested value). */
    public Violation under(String prefix) {
        return new Violation(Violations.join(prefix, path), message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
