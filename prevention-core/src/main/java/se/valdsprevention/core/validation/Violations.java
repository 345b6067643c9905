package se.valdsprevention.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects violations while a value checks itself, so that it can report every problem at once with its full
 * field path. Typical use in a compact constructor:
 *
 * <pre>{@code
 * var v = new Violations();
 * v.requireText(name, "name", Violations.NAME_MAX);
 * v.requireNonNegative(women, "women");
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {

    /** Longest accepted name, title or short label. */
    public static final int NAME_MAX = 200;
    /** Longest accepted free text (descriptions, analyses, notes). */
    public static final int TEXT_MAX = 10_000;
    /** Longest accepted identifier. */
    public static final int ID_MAX = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<Violation> found;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<Violation> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /** Joins a path prefix and a path: {@code join("activities[1]", "why")} is {@code activities[1].why}. */
    public static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /** The path of a list element: {@code index("goals", 2)} is {@code goals[2]}. */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A collector that records into this one, with every path under {@code path}. */
    public Violations at(String path) {
        return new Violations(found, join(prefix, path));
    }

    public Violations add(String path, String message) {
        found.add(new Violation(join(prefix, path), message));
        return this;
    }

    /** Records {@code message} at {@code path} unless {@code condition} holds; returns the condition. */
    public boolean require(boolean condition, String path, String message) {
        if (!condition) {
            add(path, message);
        }
        return condition;
    }

    public boolean requireNonNull(Object value, String path) {
        return require(value != null, path, "måste fyllas i");
    }

    /** A required text: not null, not blank, at most {@code maxLength} characters. */
    public boolean requireText(String value, String path, int maxLength) {
        if (value == null || value.isBlank()) {
            add(path, "måste fyllas i");
            return false;
        }
        return checkLength(value, path, maxLength);
    }

    /** An optional text: may be null, otherwise at most {@code maxLength} characters. */
    public boolean optionalText(String value, String path, int maxLength) {
        return value == null || checkLength(value, path, maxLength);
    }

    /** An identifier chosen by people: letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public boolean requireId(String value, String path) {
        if (value == null || value.isBlank()) {
            add(path, "måste fyllas i");
            return false;
        }
        return require(
                value.length() <= ID_MAX && ID.matcher(value).matches(),
                path,
                "får bestå av högst " + ID_MAX
                        + " bokstäver, siffror, '.', '_' eller '-' och måste börja med en bokstav eller siffra");
    }

    /** Passes a null value (absence is checked separately) and refuses a negative one. */
    public boolean requireNonNegative(BigDecimal value, String path) {
        return require(value == null || value.signum() >= 0, path, "får inte vara negativt");
    }

    public boolean requireNonNegative(long value, String path) {
        return require(value >= 0, path, "får inte vara negativt");
    }

    /**
     * An immutable copy of a list: a null list counts as empty, a null element is a violation at its index and is
     * left out of the copy.
     */
    public <T> List<T> list(List<T> values, String path) {
        if (values == null) {
            return List.of();
        }
        var copy = new ArrayList<T>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                add(index(path, i), "måste fyllas i");
            } else {
                copy.add(value);
            }
        }
        return List.copyOf(copy);
    }

    /**
     * Refuses a second element with the same key: the violation is at {@code path[i].keyPath} of the repeated
     * element. Elements whose key is null are skipped (their own validation reports them).
     */
    public <T> void unique(List<T> values, String path, String keyPath, Function<T, ?> key, String what) {
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Object k = key.apply(values.get(i));
            if (k == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                add(
                        join(index(path, i), keyPath),
                        what + " '" + k + "' förekommer redan (även i " + index(path, first) + ")");
            }
        }
    }

    /** Runs a nested check and records what it refuses under {@code path}. */
    public void nested(String path, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            e.violations().forEach(v -> add(join(path, v.path()), v.message()));
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationException} listing everything found so far, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    /** Blank optional text becomes null, so that "not given" has one representation. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private boolean checkLength(String value, String path, int maxLength) {
        return require(
                value.length() <= maxLength,
                path,
                "får vara högst " + maxLength + " tecken (nu " + value.length() + ")");
    }
}
