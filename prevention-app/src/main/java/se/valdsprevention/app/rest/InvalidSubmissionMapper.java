package se.valdsprevention.app.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Answers refused input with 400 Bad Request and the fields at fault.
 *
 * <p>The engine REST API wraps an exception from a listener or the tenant provider in a 500 error.
 * When the cause is an {@link InvalidSubmissionException} the caller sent bad input, so this mapper
 * answers {@code {"type":"InvalidSubmission","message":...,"problems":[{"field":...,"message":...}]}}.
 * Every other error keeps Camunda's own answer.
 */
class InvalidSubmissionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        InvalidSubmissionException invalid = find(exception);
        if (invalid == null) {
            return camundaDefault.toResponse(exception);
        }
        List<Map<String, String>> problems = invalid.getProblems().stream()
                .map(problem -> Map.of("field", problem.field(), "message", problem.message()))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidSubmission", "message", invalid.getMessage(), "problems", problems))
                .build();
    }

    private static InvalidSubmissionException find(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSubmissionException invalid) {
                return invalid;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
