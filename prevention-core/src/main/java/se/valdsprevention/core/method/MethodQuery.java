package se.valdsprevention.core.method;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Violations;

/**
 * What to look for in the method bank; every criterion is optional (null matches all). {@code arena} and {@code
 * targetGroup} match as case-insensitive parts; every word of {@code text} must appear in the name, arena, target
 * group, description or evidence note.
 */
public record MethodQuery(
        ViolenceType violenceType,
        PreventionLevel preventionLevel,
        AmbitionLevel ambitionLevel,
        String arena,
        String targetGroup,
        String text,
        MethodKind kind,
        SocioEcologicalLevel socioEcologicalLevel,
        PreventionKind preventionKind) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    public MethodQuery {
        arena = Violations.blankToNull(arena);
        targetGroup = Violations.blankToNull(targetGroup);
        text = Violations.blankToNull(text);
        var v = new Violations();
        v.optionalText(arena, "arena", Violations.NAME_MAX);
        v.optionalText(targetGroup, "targetGroup", Violations.NAME_MAX);
        v.optionalText(text, "text", Violations.NAME_MAX);
        v.throwIfAny();
    }

    /** A query without the criteria added later (kind, socio-ecological level, prevention kind). */
    public MethodQuery(
            ViolenceType violenceType,
            PreventionLevel preventionLevel,
            AmbitionLevel ambitionLevel,
            String arena,
            String targetGroup,
            String text) {
        this(violenceType, preventionLevel, ambitionLevel, arena, targetGroup, text, null, null, null);
    }

    /** The query that matches every method. */
    public static MethodQuery any() {
        return new MethodQuery(null, null, null, null, null, null);
    }

    public boolean matches(Method method) {
        return (violenceType == null || method.violenceTypes().contains(violenceType))
                && (preventionLevel == null || method.preventionLevel() == preventionLevel)
                && (ambitionLevel == null || method.ambitionLevel() == ambitionLevel)
                && contains(method.arena(), arena)
                && contains(method.targetGroup(), targetGroup)
                && (kind == null || method.kind() == kind)
                && (socioEcologicalLevel == null
                        || method.socioEcologicalLevels().contains(socioEcologicalLevel))
                && (preventionKind == null || method.preventionKinds().contains(preventionKind))
                && matchesText(method);
    }

    private boolean matchesText(Method method) {
        if (text == null) {
            return true;
        }
        String haystack = Stream.of(
                        method.name(),
                        method.arena(),
                        method.targetGroup(),
                        method.description(),
                        method.evidenceNote())
                .filter(s -> s != null)
                .reduce("", (a, b) -> a + " " + b)
                .toLowerCase(SWEDISH);
        return Arrays.stream(text.toLowerCase(SWEDISH).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .allMatch(haystack::contains);
    }

    private static boolean contains(String value, String part) {
        return part == null || value.toLowerCase(SWEDISH).contains(part.toLowerCase(SWEDISH));
    }
}
