package se.valdsprevention.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Refusals;

class MethodTest {

    private static Method method(List<ViolenceType> types, String arena) {
        return new Method(
                "mvp",
                "Mentorer i våldsprevention",
                types,
                arena,
                "Elever",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.AVANCERAD,
                null);
    }

    @Test
    void refusesAMethodWithoutViolenceType() {
        assertRefused(() -> method(List.of(), "Skola"), "violenceTypes", "minst en våldstyp");
    }

    @Test
    void refusesTheSameViolenceTypeTwice() {
        assertRefused(
                () -> method(List.of(ViolenceType.SCHOOL, ViolenceType.SCHOOL), "Skola"),
                "violenceTypes[1]",
                "våldstypen");
    }

    @Test
    void refusesABlankArena() {
        assertRefused(() -> method(List.of(ViolenceType.SCHOOL), ""), "arena", "måste fyllas i");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Method(null, null, null, null, null, null, null, null)))
                .containsExactly(
                        "id", "name", "violenceTypes", "arena", "targetGroup", "preventionLevel", "ambitionLevel");
    }
}
