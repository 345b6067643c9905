package se.valdsprevention.core.method;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Orders for search results; name in Swedish alphabetical order (å, ä, ö last), then by name within a level. */
public enum MethodSort {
    NAME,
    AMBITION_LEVEL,
    PREVENTION_LEVEL,
    /** By arena in Swedish alphabetical order, then name. */
    ARENA,
    /** Methods before communication material, then name. */
    KIND;

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    private static final Comparator<Method> BY_NAME = Comparator.comparing(Method::name, SWEDISH::compare);

    public Comparator<Method> comparator() {
        return switch (this) {
            case NAME -> BY_NAME;
            case AMBITION_LEVEL -> Comparator.comparing(Method::ambitionLevel).thenComparing(BY_NAME);
            case PREVENTION_LEVEL ->
                Comparator.comparing(Method::preventionLevel).thenComparing(BY_NAME);
            case ARENA -> Comparator.comparing(Method::arena, SWEDISH::compare).thenComparing(BY_NAME);
            case KIND -> Comparator.comparing(Method::kind).thenComparing(BY_NAME);
        };
    }
}
