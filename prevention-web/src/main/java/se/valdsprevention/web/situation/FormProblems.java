package se.valdsprevention.web.situation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong (errors) or worth a second look (warnings) in a submitted situation picture, each at the form
 * field it concerns ({@code indicators[2].women}) and named by the field's Swedish label ("Indikator 3 (Elever
 * utsatta för kränkningar): Kvinnor"). Templates ask it for a field's message, id and {@code aria-describedby}.
 */
public final class FormProblems {

    /** One message at one field, as the error summary lists it. */
    public record Item(String path, String label, String message, String fieldId) {}

    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.?(.*)");
    private static final Map<String, String> ROWS = Map.of(
            "indicators", "Indikator",
            "observations", "Iakttagelse",
            "riskFactors", "Riskfaktor",
            "protectiveFactors", "Skyddsfaktor",
            "prioritisedProblems", "Prioriterat problem");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("periodStart", "Periodens första dag"),
            Map.entry("periodEnd", "Periodens sista dag"),
            Map.entry("violenceTypes", "Våldsformer"),
            Map.entry("indicators", "Indikatorer"),
            Map.entry("observations", "Iakttagelser"),
            Map.entry("riskFactors", "Riskfaktorer"),
            Map.entry("protectiveFactors", "Skyddsfaktorer"),
            Map.entry("prioritisedProblems", "Prioriterade problem"),
            Map.entry("genderEqualityAnalysis.summary", "Jämställdhetsanalys: Sammanfattning"),
            Map.entry(
                    "genderEqualityAnalysis.differencesBetweenWomenAndMen",
                    "Jämställdhetsanalys: Skillnader mellan kvinnor och män"),
            Map.entry("genderEqualityAnalysis.consequences", "Jämställdhetsanalys: Konsekvenser"),
            Map.entry("id", "Namn"),
            Map.entry("name", "Namn"),
            Map.entry("source", "Källa"),
            Map.entry("unit", "Enhet"),
            Map.entry("personBased", "Personbaserad"),
            Map.entry("pyramidLevel", "Nivå i våldspyramiden"),
            Map.entry("women", "Kvinnor"),
            Map.entry("men", "Män"),
            Map.entry("total", "Totalt"),
            Map.entry("noGenderSplitReason", "Skäl till att kön saknas"),
            Map.entry("finding", "Iakttagelse"),
            Map.entry("level", "Nivå"),
            Map.entry("description", "Beskrivning"),
            Map.entry("influenceable", "Kommunen kan påverka"),
            Map.entry("rank", "Rangordning"),
            Map.entry("indicatorIds", "Indikatorer som visar problemet"),
            Map.entry("cycleId", "Cykel"),
            Map.entry("baseRevision", "Version"),
            Map.entry("", "Lägesbilden"));

    private final SituationPictureForm form;
    private final Map<String, Item> errors = new LinkedHashMap<>();
    private final Map<String, Item> warnings = new LinkedHashMap<>();

    FormProblems(SituationPictureForm form) {
        this.form = form;
    }

    /** Records an error at a form path; the first message per field is kept. */
    void error(String path, String message) {
        String field = fieldPath(path);
        errors.putIfAbsent(field, new Item(field, label(field), message, fieldId(field)));
    }

    void warning(String path, String message) {
        String field = fieldPath(path);
        warnings.putIfAbsent(field, new Item(field, label(field), message, fieldId(field)));
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<Item> errors() {
        return new ArrayList<>(errors.values());
    }

    public List<Item> warnings() {
        return new ArrayList<>(warnings.values());
    }

    public boolean has(String path) {
        return errors.containsKey(path);
    }

    public String message(String path) {
        Item item = errors.get(path);
        return item == null ? null : item.message();
    }

    public String warningAt(String path) {
        Item item = warnings.get(path);
        return item == null ? null : item.message();
    }

    /** The {@code aria-describedby} of a field: its error and warning, if any; null otherwise. */
    public String describedBy(String path) {
        List<String> ids = new ArrayList<>();
        if (errors.containsKey(path)) {
            ids.add(errorId(path));
        }
        if (warnings.containsKey(path)) {
            ids.add(warningId(path));
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** The {@code id} of the input for a form path: {@code indicators[2].women} is {@code f-indicators-2-women}. */
    public static String fieldId(String path) {
        return "f-" + path.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    public static String errorId(String path) {
        return "fel-" + fieldId(path).substring(2);
    }

    public static String warningId(String path) {
        return "varning-" + fieldId(path).substring(2);
    }

    /** For templates: the input id, error id and warning id of a form path, and its Swedish label. */
    public String idOf(String path) {
        return fieldId(path);
    }

    public String errorIdOf(String path) {
        return errorId(path);
    }

    public String warningIdOf(String path) {
        return warningId(path);
    }

    public String labelOf(String path) {
        return label(path);
    }

    /** The Swedish label of a form path, naming the row by its number and name. */
    String label(String path) {
        Matcher row = ROW.matcher(path);
        if (row.matches() && ROWS.containsKey(row.group(1))) {
            int index = Integer.parseInt(row.group(2));
            String name = ROWS.get(row.group(1)) + " " + (index + 1) + rowName(row.group(1), index);
            String field = row.group(3);
            String fieldLabel = FIELDS.get(field.replaceAll("\\[\\d+]$", ""));
            return field.isEmpty() ? name : name + ": " + (fieldLabel == null ? field : fieldLabel);
        }
        return FIELDS.getOrDefault(path, path);
    }

    /** A core path of a whole field, without a list index inside a value ({@code violenceTypes[1]}). */
    private static String fieldPath(String path) {
        if (path.startsWith("violenceTypes[")) {
            return "violenceTypes";
        }
        if (path.matches("prioritisedProblems\\[\\d+]\\.indicatorIds\\[\\d+]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        return path.equals("indicators[0].id") || path.matches("indicators\\[\\d+]\\.id")
                ? path.substring(0, path.length() - 2) + "name"
                : path;
    }

    private String rowName(String list, int index) {
        if (form == null
                || !list.equals("indicators")
                || index >= form.getIndicators().size()) {
            return "";
        }
        String name = form.getIndicators().get(index).getName();
        if (name == null || name.isBlank()) {
            return "";
        }
        String shown = name.strip();
        return " (" + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + ")";
    }
}
