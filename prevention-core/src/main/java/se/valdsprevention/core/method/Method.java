package se.valdsprevention.core.method;

import java.util.List;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Violations;

/**
 * A prevention method or communication material in the bank: the violence it addresses, where and for whom, what
 * is known of its effect and where that is said, links to public pages and attached files.
 *
 * <p>Everything after {@code evidenceNote} was added later and is optional: a method stored before has no kind
 * (read as {@link MethodKind#METHOD}), description, levels, links or attachments.
 *
 * @param evidenceSource the public page that says what is known of the method's effect
 * @param socioEcologicalLevels the levels of the socio-ecological model the method works on
 * @param preventionKinds social prevention (people and relations), situational (places and situations), or both
 */
public record Method(
        String id,
        String name,
        List<ViolenceType> violenceTypes,
        String arena,
        String targetGroup,
        PreventionLevel preventionLevel,
        AmbitionLevel ambitionLevel,
        String evidenceNote,
        MethodKind kind,
        String description,
        MethodLink evidenceSource,
        List<SocioEcologicalLevel> socioEcologicalLevels,
        List<PreventionKind> preventionKinds,
        List<MethodLink> links,
        List<MethodAttachment> attachments) {

    /** Most links a method may have. */
    public static final int LINKS_MAX = 20;
    /** Most attachments a method may have. */
    public static final int ATTACHMENTS_MAX = 20;

    public Method {
        evidenceNote = Violations.blankToNull(evidenceNote);
        description = Violations.blankToNull(description);
        kind = kind == null ? MethodKind.METHOD : kind;
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
        v.optionalText(description, "description", Violations.TEXT_MAX);
        socioEcologicalLevels = v.list(socioEcologicalLevels, "socioEcologicalLevels");
        v.unique(socioEcologicalLevels, "socioEcologicalLevels", "", l -> l, "nivå");
        preventionKinds = v.list(preventionKinds, "preventionKinds");
        v.unique(preventionKinds, "preventionKinds", "", k -> k, "inriktning");
        links = v.list(links, "links");
        v.require(links.size() <= LINKS_MAX, "links", "En metod kan ha högst " + LINKS_MAX + " länkar.");
        attachments = v.list(attachments, "attachments");
        v.require(
                attachments.size() <= ATTACHMENTS_MAX,
                "attachments",
                "En metod kan ha högst " + ATTACHMENTS_MAX + " bilagor.");
        v.unique(attachments, "attachments", "id", MethodAttachment::id, "bilaga");
        v.throwIfAny();
    }

    /** A method as first described: no kind, description, levels, links or attachments yet. */
    public Method(
            String id,
            String name,
            List<ViolenceType> violenceTypes,
            String arena,
            String targetGroup,
            PreventionLevel preventionLevel,
            AmbitionLevel ambitionLevel,
            String evidenceNote) {
        this(
                id,
                name,
                violenceTypes,
                arena,
                targetGroup,
                preventionLevel,
                ambitionLevel,
                evidenceNote,
                MethodKind.METHOD,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** This method with {@code attachment} added last. */
    public Method withAttachment(MethodAttachment attachment) {
        var more = new java.util.ArrayList<>(attachments);
        more.add(attachment);
        return new Method(
                id,
                name,
                violenceTypes,
                arena,
                targetGroup,
                preventionLevel,
                ambitionLevel,
                evidenceNote,
                kind,
                description,
                evidenceSource,
                socioEcologicalLevels,
                preventionKinds,
                links,
                more);
    }

    /** The attachment with this id, if the method has it. */
    public java.util.Optional<MethodAttachment> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }
}
