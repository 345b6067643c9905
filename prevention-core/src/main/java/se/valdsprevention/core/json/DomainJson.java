package se.valdsprevention.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.core.validation.Violations;

/**
 * Reads and writes domain documents as JSON: ISO dates, exact decimals, a {@code schemaVersion} in every
 * top-level document. Reading refuses with a {@link ValidationException} whose violations carry the field path:
 * invalid content, unknown properties, wrong types, unreadable JSON, a missing or unsupported schema version.
 */
public final class DomainJson {

    private final ObjectMapper mapper;

    public DomainJson() {
        this.mapper = configure(JsonMapper.builder()).build();
    }

    /** The mapper settings this class uses, for a mapper built elsewhere. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new JavaTimeModule())
                .addModule(new DomainJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A copy of the configured mapper; changing it does not change this instance. */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a document of {@code type}.
     *
     * @throws ValidationException listing what is wrong, with field paths
     */
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (ValidationException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw translate(e, type);
        }
    }

    private static ValidationException translate(JsonProcessingException e, Class<?> type) {
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        ValidationException cause = validationCause(e);
        if (cause != null) {
            return path.isEmpty() ? cause : cause.prefixed(path);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path(unknown.getPath().subList(0, unknown.getPath().size() - 1));
            return refusal(
                    Violations.join(parent, unknown.getPropertyName()),
                    "okänt fält '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            String expected = target.isEnum()
                    ? "ett av " + Arrays.toString(target.getEnumConstants())
                    : "ett värde av typen " + target.getSimpleName();
            return refusal(path, "ogiltigt värde '" + format.getValue() + "'; förväntade " + expected);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return refusal(path, mismatch(mismatch));
        }
        if (e instanceof JsonMappingException) {
            return refusal(path, "kan inte läsas: " + e.getOriginalMessage());
        }
        return refusal(
                "",
                "kan inte läsas som JSON för " + type.getSimpleName() + ": " + e.getOriginalMessage() + location(e));
    }

    private static String mismatch(MismatchedInputException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Missing required creator property")) {
            return "måste fyllas i";
        }
        if (original.startsWith("Cannot map `null`")) {
            return "måste fyllas i";
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "kan inte läsas: " + original;
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "måste vara en JSON-lista";
        }
        if (target.getPackageName().startsWith("se.valdsprevention")) {
            return "måste vara ett JSON-objekt";
        }
        return "måste vara av typen " + target.getSimpleName();
    }

    private static ValidationException validationCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ValidationException validation) {
                return validation;
            }
        }
        return null;
    }

    private static ValidationException refusal(String path, String message) {
        return new ValidationException(List.of(new Violation(path, message)));
    }

    private static String location(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null ? "" : " (rad " + location.getLineNr() + ", kolumn " + location.getColumnNr() + ")";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path = Violations.join(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = Violations.index(path, reference.getIndex());
            }
        }
        return path;
    }
}
