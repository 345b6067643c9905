package se.valdsprevention.core.method;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Orders for search results; name in Swedish alphabetical order (å, ä, ö last), then by name within a level. */
public enum MethodSort {
    NAME,
    AMBITION_LEVEL,
    PREVENTION_LEVEL;

    private static final Comparator<Method> BY_NAME =
            Comparator.comparing(Method::name, Collator.getInstance(Locale.forLanguageTag("sv-SE"))::compare);

    Comparator<Method> comparator() {
        return switch (this) {
            case NAME -> BY_NAME;
            case AMBITION_LEVEL -> Comparator.comparing(Method::ambitionLevel).thenComparing(BY_NAME);
            case PREVENTION_LEVEL ->
                Comparator.comparing(Method::preventionLevel).thenComparing(BY_NAME);
        };
    }
}
