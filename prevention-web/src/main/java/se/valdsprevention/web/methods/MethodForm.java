package se.valdsprevention.web.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import se.valdsprevention.core.method.Method;
import se.valdsprevention.core.method.MethodKind;
import se.valdsprevention.core.method.MethodLink;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.core.validation.Violations;

/**
 * A method as the curation form holds it: everything as the user typed it, so that a refused form comes back
 * exactly as sent. {@link #toMethod} checks it and names each problem by the field's label.
 *
 * @param revision the revision the form was opened on; 0 for a new method
 */
public record MethodForm(
        String name,
        String kind,
        String description,
        List<String> violenceTypes,
        String arena,
        String targetGroup,
        List<String> socioEcologicalLevels,
        String preventionLevel,
        List<String> preventionKinds,
        String ambitionLevel,
        String evidenceNote,
        String evidenceSourceTitle,
        String evidenceSourceUrl,
        List<LinkRow> links,
        int revision) {

    /** Empty link rows the form offers besides the method's links. */
    static final int EMPTY_LINK_ROWS = 2;

    /** One row of the link table. */
    public record LinkRow(String title, String url) {}

    public MethodForm {
        violenceTypes = List.copyOf(violenceTypes);
        socioEcologicalLevels = List.copyOf(socioEcologicalLevels);
        preventionKinds = List.copyOf(preventionKinds);
        links = List.copyOf(links);
    }

    /** An empty form for a new method. */
    static MethodForm empty() {
        return new MethodForm(
                "",
                MethodKind.METHOD.name(),
                "",
                List.of(),
                "",
                "",
                List.of(),
                "",
                List.of(),
                "",
                "",
                "",
                "",
                withEmptyRows(List.of()),
                0);
    }

    /** The form filled with a saved method. */
    static MethodForm of(Method method, int revision) {
        List<LinkRow> links = new ArrayList<>();
        method.links().forEach(link -> links.add(new LinkRow(link.title(), link.url())));
        return new MethodForm(
                method.name(),
                method.kind().name(),
                text(method.description()),
                method.violenceTypes().stream().map(Enum::name).toList(),
                method.arena(),
                method.targetGroup(),
                method.socioEcologicalLevels().stream().map(Enum::name).toList(),
                method.preventionLevel().name(),
                method.preventionKinds().stream().map(Enum::name).toList(),
                method.ambitionLevel().name(),
                text(method.evidenceNote()),
                method.evidenceSource() == null ? "" : method.evidenceSource().title(),
                method.evidenceSource() == null ? "" : method.evidenceSource().url(),
                withEmptyRows(links),
                revision);
    }

    /** The form as posted; anything missing is empty. */
    static MethodForm posted(MultiValueMap<String, String> fields) {
        List<String> titles = fields.getOrDefault("linkTitle", List.of());
        List<String> urls = fields.getOrDefault("linkUrl", List.of());
        List<LinkRow> links = new ArrayList<>();
        for (int i = 0; i < Math.max(titles.size(), urls.size()); i++) {
            links.add(new LinkRow(
                    i < titles.size() ? text(titles.get(i)) : "", i < urls.size() ? text(urls.get(i)) : ""));
        }
        return new MethodForm(
                one(fields, "name"),
                one(fields, "kind"),
                one(fields, "description"),
                fields.getOrDefault("violenceTypes", List.of()).stream()
                        .map(MethodForm::text)
                        .toList(),
                one(fields, "arena"),
                one(fields, "targetGroup"),
                fields.getOrDefault("socioEcologicalLevels", List.of()).stream()
                        .map(MethodForm::text)
                        .toList(),
                one(fields, "preventionLevel"),
                fields.getOrDefault("preventionKinds", List.of()).stream()
                        .map(MethodForm::text)
                        .toList(),
                one(fields, "ambitionLevel"),
                one(fields, "evidenceNote"),
                one(fields, "evidenceSourceTitle"),
                one(fields, "evidenceSourceUrl"),
                links,
                revisionOf(one(fields, "revision")));
    }

    /** This form as if opened on {@code newRevision}, so that saving it again replaces that revision. */
    MethodForm withRevision(int newRevision) {
        return new MethodForm(
                name,
                kind,
                description,
                violenceTypes,
                arena,
                targetGroup,
                socioEcologicalLevels,
                preventionLevel,
                preventionKinds,
                ambitionLevel,
                evidenceNote,
                evidenceSourceTitle,
                evidenceSourceUrl,
                links,
                newRevision);
    }

    /** This form with its non-empty link rows and {@link #EMPTY_LINK_ROWS} empty ones, to show again. */
    MethodForm forDisplay() {
        return new MethodForm(
                name,
                kind,
                description,
                violenceTypes,
                arena,
                targetGroup,
                socioEcologicalLevels,
                preventionLevel,
                preventionKinds,
                ambitionLevel,
                evidenceNote,
                evidenceSourceTitle,
                evidenceSourceUrl,
                withEmptyRows(links.stream()
                        .filter(l -> !l.title().isBlank() || !l.url().isBlank())
                        .toList()),
                revision);
    }

    /**
     * The method this form describes, or nothing when {@code errors} received a problem.
     *
     * @param id the method's id (chosen from the name for a new method)
     * @param attachments the method's attachments, which the form does not change
     */
    Optional<Method> toMethod(
            String id, List<se.valdsprevention.core.method.MethodAttachment> attachments, FormErrors errors) {
        requireText(errors, "name", "Namn", name, Violations.NAME_MAX);
        MethodKind methodKind = choice(errors, "kind", "Typ", kind, MethodKind.class, true);
        optionalText(errors, "description", "Beskrivning", description, Violations.TEXT_MAX);
        List<ViolenceType> types = choices(errors, "violenceTypes", "Våldstyper", violenceTypes, ViolenceType.class);
        if (types != null && types.isEmpty()) {
            errors.add("violenceTypes", "Våldstyper", "Välj minst en våldstyp som metoden förebygger.");
        }
        requireText(errors, "arena", "Arena", arena, Violations.NAME_MAX);
        requireText(errors, "targetGroup", "Målgrupp", targetGroup, Violations.NAME_MAX);
        List<SocioEcologicalLevel> levels = choices(
                errors,
                "socioEcologicalLevels",
                "Socioekologiska nivåer",
                socioEcologicalLevels,
                SocioEcologicalLevel.class);
        PreventionLevel level =
                choice(errors, "preventionLevel", "Preventionsnivå", preventionLevel, PreventionLevel.class, true);
        List<PreventionKind> kinds =
                choices(errors, "preventionKinds", "Inriktning", preventionKinds, PreventionKind.class);
        AmbitionLevel ambition =
                choice(errors, "ambitionLevel", "Ambitionsnivå", ambitionLevel, AmbitionLevel.class, true);
        optionalText(errors, "evidenceNote", "Vad som är känt om effekt", evidenceNote, Violations.TEXT_MAX);
        MethodLink source = link(errors, "evidenceSource", "Källa", evidenceSourceTitle, evidenceSourceUrl);
        List<MethodLink> methodLinks = new ArrayList<>();
        List<LinkRow> filled = links.stream()
                .filter(l -> !l.title().isBlank() || !l.url().isBlank())
                .toList();
        if (filled.size() > Method.LINKS_MAX) {
            errors.add("link-0", "Länkar", "En metod kan ha högst " + Method.LINKS_MAX + " länkar.");
        } else {
            for (int i = 0; i < filled.size(); i++) {
                MethodLink link = link(
                        errors,
                        "link-" + i,
                        "Länk " + (i + 1),
                        filled.get(i).title(),
                        filled.get(i).url());
                if (link != null) {
                    methodLinks.add(link);
                }
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Method(
                    id,
                    name.strip(),
                    types,
                    arena.strip(),
                    targetGroup.strip(),
                    level,
                    ambition,
                    evidenceNote,
                    methodKind,
                    description,
                    source,
                    levels,
                    kinds,
                    methodLinks,
                    attachments));
        } catch (ValidationException refused) {
            for (Violation violation : refused.violations()) {
                errors.add(fieldOf(violation.path()), "Metoden", violation.message());
            }
            return Optional.empty();
        }
    }

    private static String fieldOf(String path) {
        String head = path.split("[.\\[]", 2)[0];
        return switch (head) {
            case "name",
                    "kind",
                    "description",
                    "violenceTypes",
                    "arena",
                    "targetGroup",
                    "socioEcologicalLevels",
                    "preventionLevel",
                    "preventionKinds",
                    "ambitionLevel",
                    "evidenceNote" -> head;
            case "evidenceSource" -> "evidenceSource-url";
            default -> "name";
        };
    }

    private static MethodLink link(FormErrors errors, String field, String label, String title, String url) {
        boolean hasTitle = !title.isBlank();
        boolean hasUrl = !url.isBlank();
        if (!hasTitle && !hasUrl) {
            return null;
        }
        boolean ok = true;
        if (!hasTitle) {
            errors.add(field + "-title", label + ": namn", "Skriv vad sidan heter, till exempel organisationens namn.");
            ok = false;
        } else if (title.length() > Violations.NAME_MAX) {
            errors.add(field + "-title", label + ": namn", "Namnet får vara högst " + Violations.NAME_MAX + " tecken.");
            ok = false;
        }
        String problem = MethodLink.problemWithUrl(url.strip());
        if (problem != null) {
            errors.add(field + "-url", label + ": adress", problem);
            ok = false;
        }
        return ok ? new MethodLink(title.strip(), url.strip()) : null;
    }

    private static void requireText(FormErrors errors, String field, String label, String value, int max) {
        if (value.isBlank()) {
            errors.add(field, label, "Fyll i " + label.toLowerCase(java.util.Locale.forLanguageTag("sv")) + ".");
        } else {
            optionalText(errors, field, label, value, max);
        }
    }

    private static void optionalText(FormErrors errors, String field, String label, String value, int max) {
        if (value.length() > max) {
            errors.add(
                    field,
                    label,
                    label + " får vara högst "
                            + String.format(java.util.Locale.forLanguageTag("sv"), "%,d", max)
                                    .replace('\u00a0', ' ') + " tecken; du skrev "
                            + String.format(java.util.Locale.forLanguageTag("sv"), "%,d", value.length())
                                    .replace('\u00a0', ' ')
                            + ".");
        }
    }

    private static <E extends Enum<E>> E choice(
            FormErrors errors, String field, String label, String value, Class<E> type, boolean required) {
        if (value.isBlank()) {
            if (required) {
                errors.add(field, label, "Välj " + label.toLowerCase(java.util.Locale.forLanguageTag("sv")) + ".");
            }
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(field, label, "Välj ett av alternativen i listan.");
                    return null;
                });
    }

    private static <E extends Enum<E>> List<E> choices(
            FormErrors errors, String field, String label, List<String> values, Class<E> type) {
        List<E> chosen = new ArrayList<>();
        for (String value : values) {
            E constant = Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equals(value))
                    .findFirst()
                    .orElse(null);
            if (constant == null) {
                errors.add(field, label, "Välj bland alternativen.");
                return null;
            }
            if (!chosen.contains(constant)) {
                chosen.add(constant);
            }
        }
        return chosen;
    }

    private static List<LinkRow> withEmptyRows(List<LinkRow> links) {
        List<LinkRow> rows = new ArrayList<>(links);
        for (int i = 0; i < EMPTY_LINK_ROWS; i++) {
            rows.add(new LinkRow("", ""));
        }
        return rows;
    }

    private static String one(MultiValueMap<String, String> fields, String name) {
        return text(fields.getFirst(name));
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    private static int revisionOf(String value) {
        try {
            int revision = Integer.parseInt(value.strip());
            return Math.max(revision, 0);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
