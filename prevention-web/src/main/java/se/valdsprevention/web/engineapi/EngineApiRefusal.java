package se.valdsprevention.web.engineapi;

import java.util.List;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * A request to the engine API that the guard refuses before the engine sees it: the HTTP status and the Swedish
 * sentence the caller reads, and for refused fields each field with its problem.
 */
final class EngineApiRefusal extends RuntimeException {

    private final int status;
    private final List<InvalidSubmissionException.Problem> problems;

    private EngineApiRefusal(int status, String message, List<InvalidSubmissionException.Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** 403: the caller may not do this at all. */
    static EngineApiRefusal forbidden(String message) {
        return new EngineApiRefusal(403, message, List.of());
    }

    /** 404: there is nothing the caller may see by that id. */
    static EngineApiRefusal notFound(String message) {
        return new EngineApiRefusal(404, message, List.of());
    }

    /** 409: someone else changed or completed the same thing at the same moment. */
    static EngineApiRefusal conflict() {
        return new EngineApiRefusal(409, EngineApiErrors.CONFLICT, List.of());
    }

    /** 400: the request is malformed. */
    static EngineApiRefusal badRequest(String message) {
        return new EngineApiRefusal(400, message, List.of());
    }

    /** 413: the body is larger than any form submission. */
    static EngineApiRefusal tooLarge(String message) {
        return new EngineApiRefusal(413, message, List.of());
    }

    /** 400 for fields: each problem names its field, the message joins their sentences. */
    static EngineApiRefusal fields(List<InvalidSubmissionException.Problem> problems) {
        return new EngineApiRefusal(400, new InvalidSubmissionException(problems).getMessage(), problems);
    }

    int status() {
        return status;
    }

    List<InvalidSubmissionException.Problem> problems() {
        return problems;
    }
}
