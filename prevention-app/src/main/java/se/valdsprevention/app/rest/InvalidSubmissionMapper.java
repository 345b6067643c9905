package se.valdsprevention.app.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Answers refused input with 400 Bad Request and the fields at fault, in Swedish.
 *
 * <p>The engine REST API wraps an exception from a listener or the tenant provider in a 500 error
 * whose message starts "Cannot submit task form &lt;id&gt;: ENGINE-03051 …". When the cause is an
 * {@link InvalidSubmissionException} the caller sent bad input, so this mapper answers
 * {@code {"type":"InvalidSubmission","message":...,"problems":[{"field":...,"label":...,"message":...}]}}:
 * {@code message} holds only the Swedish sentences, one per field, which Tasklist shows in its red
 * notification; {@code field} is the variable's key for programs, {@code label} the field's label in
 * the form (the key when the form has none), {@code message} the problem itself.
 * Every other error keeps Camunda's own answer.
 */
@Priority(1)
class InvalidSubmissionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        InvalidSubmissionException invalid = find(exception);
        if (invalid == null) {
            return camundaDefault.toResponse(exception);
        }
        List<Map<String, String>> problems = invalid.getProblems().stream()
                .map(InvalidSubmissionMapper::problem)
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "InvalidSubmission");
        answer.put("message", invalid.getMessage());
        answer.put("problems", problems);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer)
                .build();
    }

    private static Map<String, String> problem(InvalidSubmissionException.Problem problem) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("field", problem.field());
        answer.put("label", problem.shownName());
        answer.put("message", problem.message());
        return answer;
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
