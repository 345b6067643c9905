package se.valdsprevention.core.method;

import java.util.List;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Violations;

/** A prevention method in the bank: the violence it addresses, where and for whom, and what is known of its effect. */
public record Method(
        String id,
        String name,
        List<ViolenceType> violenceTypes,
        String arena,
        String targetGroup,
        PreventionLevel preventionLevel,
        AmbitionLevel ambitionLevel,
        String evidenceNote) {

    public Method {
        evidenceNote = Violations.blankToNull(evidenceNote);
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(name, "name", Violations.NAME_MAX);
        violenceTypes = v.list(violenceTypes, "violenceTypes");
        v.require(!violenceTypes.isEmpty(), "violenceTypes", "måste ange minst en våldstyp");
        v.unique(violenceTypes, "violenceTypes", "", type -> type, "våldstypen");
        v.requireText(arena, "arena", Violations.NAME_MAX);
        v.requireText(targetGroup, "targetGroup", Violations.NAME_MAX);
        v.requireNonNull(preventionLevel, "preventionLevel");
        v.requireNonNull(ambitionLevel, "ambitionLevel");
        v.optionalText(evidenceNote, "evidenceNote", Violations.TEXT_MAX);
        v.throwIfAny();
    }
}
