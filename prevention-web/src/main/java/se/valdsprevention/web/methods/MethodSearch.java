package se.valdsprevention.web.methods;

import java.util.Arrays;
import java.util.Optional;
import se.valdsprevention.core.method.MethodKind;
import se.valdsprevention.core.method.MethodQuery;
import se.valdsprevention.core.method.MethodSort;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Violations;

/**
 * The search form of the method bank as the address carries it ({@code /metodbank?q=…&vald=…}), so that a search
 * can be bookmarked and works without JavaScript. Values are kept as sent, to show them again.
 */
public record MethodSearch(
        String q,
        String vald,
        String arena,
        String niva,
        String preventionsniva,
        String inriktning,
        String typ,
        String sortera) {

    public MethodSearch {
        q = text(q);
        vald = text(vald);
        arena = text(arena);
        niva = text(niva);
        preventionsniva = text(preventionsniva);
        inriktning = text(inriktning);
        typ = text(typ);
        sortera = text(sortera);
    }

    /** Whether any criterion is given. */
    public boolean filtered() {
        return !(q.isEmpty()
                && vald.isEmpty()
                && arena.isEmpty()
                && niva.isEmpty()
                && preventionsniva.isEmpty()
                && inriktning.isEmpty()
                && typ.isEmpty());
    }

    /** The query the search means; a value that is not one of the options is reported and left out. */
    MethodQuery query(FormErrors errors) {
        String text = q;
        if (text.length() > Violations.NAME_MAX) {
            errors.add("q", "Sökord", "Sökord får vara högst " + Violations.NAME_MAX + " tecken.");
            text = null;
        }
        String arenaPart = arena;
        if (arenaPart.length() > Violations.NAME_MAX) {
            errors.add("arena", "Arena", "Välj en arena i listan.");
            arenaPart = null;
        }
        return new MethodQuery(
                option(errors, "vald", "Våldstyp", vald, ViolenceType.class).orElse(null),
                option(errors, "preventionsniva", "Preventionsnivå", preventionsniva, PreventionLevel.class)
                        .orElse(null),
                null,
                arenaPart,
                null,
                text,
                option(errors, "typ", "Typ", typ, MethodKind.class).orElse(null),
                option(errors, "niva", "Socioekologisk nivå", niva, SocioEcologicalLevel.class)
                        .orElse(null),
                option(errors, "inriktning", "Inriktning", inriktning, PreventionKind.class)
                        .orElse(null));
    }

    MethodSort sort(FormErrors errors) {
        return option(errors, "sortera", "Sortera efter", sortera, MethodSort.class)
                .orElse(MethodSort.NAME);
    }

    private static <E extends Enum<E>> Optional<E> option(
            FormErrors errors, String field, String label, String value, Class<E> type) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst();
        if (found.isEmpty()) {
            errors.add(field, label, "Välj ett av alternativen i listan; det du angav finns inte.");
        }
        return found;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
