package se.valdsprevention.web.methods;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable ids for new methods, made from the name: "Trygghetsvandring i centrum" is {@code trygghetsvandring-i-centrum}. */
final class MethodIds {

    static final int MAX = 48;

    private MethodIds() {}

    /** The id for {@code name} that {@code taken} does not refuse: the name's slug, then with -2, -3 … */
    static String forName(String name, Predicate<String> taken) {
        String base = slug(name);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; n < 1000; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        return base + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "metod" : plain;
    }
}
