package se.valdsprevention.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.validation.ValidationException;

/**
 * Reads a domain document from a request body of at most {@value #MAX_BYTES} bytes, in the library's JSON
 * format: a {@code schemaVersion}, no unknown properties, every rule of the domain type checked.
 */
final class DocumentBody {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final DomainJson json = new DomainJson();

    /**
     * @throws ValidationException naming the fields at fault
     * @throws ApiRefusal when the body is larger than {@value #MAX_BYTES} bytes
     */
    <T> T read(HttpServletRequest request, Class<T> type) {
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
        if (body.length > MAX_BYTES) {
            throw ApiRefusal.tooLarge("Innehållet är större än 2 MB. En " + documentName(type)
                    + " innehåller sammanställda siffror och text och bör vara mycket mindre.");
        }
        if (body.length == 0) {
            throw ValidationException.of("", "innehållet är tomt; skicka en " + documentName(type) + " som JSON");
        }
        return json.read(new String(body, StandardCharsets.UTF_8), type);
    }

    /** {@code value} as JSON in the library's format. */
    String write(Object value) {
        return json.write(value);
    }

    /** The Swedish name of a document type, as a user calls it. */
    static String documentName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "SituationPicture" -> "lägesbild";
            case "ActionPlan" -> "handlingsplan";
            default -> type.getSimpleName();
        };
    }
}
