package se.valdsprevention.web.api;

import org.springframework.http.HttpStatus;

/** A request the domain API refuses for another reason than invalid content; answered as {@code {"type","message"}}. */
final class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String type;

    private ApiRefusal(HttpStatus status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** The same answer for a municipality that does not exist and one the caller does not work for. */
    static ApiRefusal noSuchMunicipality(String code) {
        String shown = code.length() <= 20 ? code : code.substring(0, 20) + "…";
        return new ApiRefusal(
                HttpStatus.NOT_FOUND, "NotFound", "Ingen kommun '" + shown + "' bland dem du arbetar för.");
    }

    static ApiRefusal notFound(String message) {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "NotFound", message);
    }

    static ApiRefusal noOpenTask(String message) {
        return new ApiRefusal(HttpStatus.CONFLICT, "NoOpenTask", message);
    }

    static ApiRefusal tooLarge(String message) {
        return new ApiRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "PayloadTooLarge", message);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }
}
