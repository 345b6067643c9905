package se.valdsprevention.web.engineapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.valdsprevention.workflows.form.FormFields;
import se.valdsprevention.workflows.form.InvalidSubmissionException.Problem;

/**
 * The JSON body of a form submission, a task completion or a process start, read before the engine sees it: its
 * shape, each variable's type and value, and for a user which variables the form lets them send.
 */
final class SubmittedBody {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The variable types a form can produce; Object, Bytes, File and Xml come from programs, never from a form. */
    private static final Set<String> FORM_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null", "json");

    private static final Pattern DATE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?([+-]\\d{2}:?\\d{2}|Z)?");

    /** The longest text a variable may carry from a form (the longest form field allows 20,000 characters). */
    static final int MAX_TEXT = 100_000;

    /** Camunda's column for a business key holds 255 characters. */
    static final int MAX_BUSINESS_KEY = 255;

    private final JsonNode body;

    private SubmittedBody(JsonNode body) {
        this.body = body;
    }

    /** Reads {@code bytes}; an empty body is an empty submission. */
    static SubmittedBody read(byte[] bytes) {
        if (bytes.length == 0) {
            return new SubmittedBody(JSON.createObjectNode());
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw EngineApiRefusal.badRequest("Innehållet är inte giltig JSON (eller har samma fält två gånger).");
        } catch (java.io.IOException e) {
            throw EngineApiRefusal.badRequest("Innehållet kunde inte läsas.");
        }
        if (body == null || body.isMissingNode() || !body.isObject()) {
            throw EngineApiRefusal.badRequest("Innehållet ska vara ett JSON-objekt, till exempel {\"variables\": {}}.");
        }
        return new SubmittedBody(body);
    }

    /** The top-level fields the body has that are not among {@code allowed}. */
    List<String> fieldsOutside(Set<String> allowed) {
        List<String> outside = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                outside.add(name);
            }
        });
        return outside;
    }

    /** Whether the body sets {@code field} to anything but null, false or an empty list. */
    boolean uses(String field) {
        JsonNode value = body.get(field);
        return value != null
                && !value.isNull()
                && !(value.isBoolean() && !value.asBoolean())
                && !(value.isContainerNode() && value.isEmpty());
    }

    /**
     * Refuses a change of {@code field} away from {@code current}; a field the body leaves out counts as null, as
     * Camunda's task update treats it.
     */
    void requireUnchanged(String field, String current) {
        JsonNode value = body.get(field);
        String sent = value == null || value.isNull() ? null : value.asText();
        if (!java.util.Objects.equals(sent, current)) {
            throw EngineApiRefusal.forbidden("Fältet '" + field + "' på en uppgift ändras av processen, inte här."
                    + " Här kan namn, beskrivning, prioritet och datum ändras.");
        }
    }

    /** Refuses a business key that is not text or is longer than Camunda stores. */
    void checkBusinessKey() {
        JsonNode key = body.get("businessKey");
        if (key == null || key.isNull()) {
            return;
        }
        if (!key.isTextual()) {
            throw EngineApiRefusal.fields(List.of(new Problem("businessKey", "måste vara text")));
        }
        if (key.asText().length() > MAX_BUSINESS_KEY) {
            throw EngineApiRefusal.fields(List.of(new Problem(
                    "businessKey",
                    "får vara högst " + MAX_BUSINESS_KEY + " tecken (nu "
                            + key.asText().length() + ")")));
        }
    }

    /**
     * Checks the submitted variables: their shape, type and value always; when {@code form} is given, also that the
     * form lets the user send each of them. Refuses with every problem found.
     */
    void checkVariables(FormFields form) {
        JsonNode variables = body.get("variables");
        if (variables == null || variables.isNull()) {
            return;
        }
        if (!variables.isObject()) {
            throw EngineApiRefusal.fields(List.of(new Problem("variables", "måste vara ett JSON-objekt")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> labels = form == null ? Map.of() : form.labels();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String label = labels.get(name);
            if (form != null && !form.accepts(name)) {
                problems.add(new Problem(
                        name,
                        labels.containsKey(name)
                                ? "fältet visas bara i formuläret och kan inte skickas in"
                                : "Variabeln '" + abbreviate(name) + "' finns inte i formuläret och tas inte emot",
                        label));
                continue;
            }
            String problem = problemWith(entry.getValue());
            if (problem != null) {
                problems.add(new Problem(name, problem, label));
            }
        }
        if (!problems.isEmpty()) {
            throw EngineApiRefusal.fields(problems);
        }
    }

    /** What is wrong with one submitted variable, or null. */
    static String problemWith(JsonNode variable) {
        if (variable == null || variable.isNull()) {
            return "saknar värde: skicka {\"value\": …} (ett tomt värde som {\"value\": null})";
        }
        if (!variable.isObject()) {
            return "måste skickas som {\"value\": …, \"type\": …}";
        }
        for (Iterator<String> names = variable.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!field.equals("value") && !field.equals("type") && !field.equals("valueInfo")) {
                return "okänd egenskap '" + abbreviate(field) + "'";
            }
        }
        JsonNode typeNode = variable.get("type");
        String type =
                typeNode == null || typeNode.isNull() ? null : typeNode.asText().toLowerCase(Locale.ROOT);
        if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
            return "typen måste vara text";
        }
        if (type != null && !FORM_TYPES.contains(type)) {
            return "typen '" + abbreviate(typeNode.asText()) + "' tas inte emot; ett formulär skickar text, tal,"
                    + " datum, ja/nej eller JSON";
        }
        JsonNode info = variable.get("valueInfo");
        if (info != null && !info.isNull() && (!info.isObject() || fieldsBesides(info, "transient"))) {
            return "valueInfo tas inte emot här";
        }
        JsonNode value = variable.get("value");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            return type == null || !type.equals("json") ? "värdet måste vara text, ett tal eller ja/nej" : null;
        }
        if (value.isTextual() && value.asText().length() > MAX_TEXT) {
            return "får vara högst " + MAX_TEXT + " tecken (nu "
                    + value.asText().length() + ")";
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "boolean" ->
                value.isBoolean() || value.asText().matches("true|false") ? null : "måste vara ja eller nej";
            case "integer" ->
                whole(value, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
            case "short" -> whole(value, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
            case "long" -> whole(value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
            case "double" -> value.isNumber() || isDecimal(value.asText()) ? null : "måste vara ett tal";
            case "date" ->
                value.isTextual() && DATE.matcher(value.asText()).matches()
                        ? null
                        : "måste vara ett datum och en tid som 2027-03-01T00:00:00.000+0100";
            case "json" -> json(value);
            default -> null;
        };
    }

    private static String whole(JsonNode value, BigInteger min, BigInteger max) {
        BigInteger number;
        if (value.isIntegralNumber()) {
            number = value.bigIntegerValue();
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,30}")) {
            number = new BigInteger(value.asText().trim());
        } else {
            return "måste vara ett heltal";
        }
        return number.compareTo(min) < 0 || number.compareTo(max) > 0
                ? "måste ligga mellan " + min + " och " + max
                : null;
    }

    private static boolean isDecimal(String text) {
        try {
            Double.parseDouble(text.trim());
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String json(JsonNode value) {
        if (!value.isTextual()) {
            return "måste vara JSON som text";
        }
        try {
            JSON.readTree(value.asText());
            return null;
        } catch (JsonProcessingException e) {
            return "är inte giltig JSON";
        }
    }

    private static boolean fieldsBesides(JsonNode info, String allowed) {
        for (Iterator<String> names = info.fieldNames(); names.hasNext(); ) {
            if (!names.next().equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
