package se.valdsprevention.web.engineapi;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.valdsprevention.workflows.engine.RefusedForUser;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Every answer of the engine API that is not a success, in Swedish and without engine internals: no SQL, no stack
 * trace, no class name, no engine code reaches the caller. The body is
 * {@code {"type":…,"message":…}}, plus {@code problems} (field, label, message) when fields are at fault and
 * {@code reference} for a server error, whose details go to the log under that reference.
 *
 * <ul>
 *   <li>refused input: 400 with the fields named ({@link InvalidSubmissionException}, the guard's refusals);
 *   <li>something of another municipality: 404, as for the object itself (Camunda's tenant check would say 500);
 *   <li>no right: 403; an id that does not exist: 404;
 *   <li>two people changing the same thing at once: 409 (Camunda's optimistic locking, or the database's
 *       constraint when both wrote a variable of a task that one of them had just completed);
 *   <li>the database gave up waiting for a lock, or chose this transaction as a deadlock's victim: 503 with
 *       {@code Retry-After}, since the transaction was rolled back whole and the same request may simply be sent
 *       again;
 *   <li>everything else Camunda answers with its own status, and a Swedish sentence for it.
 * </ul>
 *
 * <p>The mappers below take over from Camunda's for each exception type it maps; {@link Priority} puts them first
 * where both are registered.
 */
public final class EngineApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrors.class);

    /** Camunda's code for "the command touches an object of a tenant the user does not belong to". */
    private static final String TENANT_REFUSAL = "ENGINE-13034";

    static final String CONFLICT = "Någon annan ändrade samma sak samtidigt, så din ändring sparades inte."
            + " Ladda om sidan och försök igen.";

    static final String BUSY = "Systemet hann inte spara din ändring eftersom många arbetar samtidigt;"
            + " ingenting sparades. Försök igen om en stund.";

    /**
     * SQL states of a transaction that lost a wait for a lock: H2's lock timeout, and PostgreSQL's deadlock,
     * serialization failure and lock not available.
     */
    private static final Set<String> BUSY_STATES = Set.of("HYT00", "40P01", "40001", "55P03");

    /** Every mapper class, for registration in a Jersey application. */
    public static final List<Class<?>> MAPPERS = List.of(
            RestErrors.class, EngineErrors.class, JsonMappingErrors.class, JsonParseErrors.class, OtherErrors.class);

    private EngineApiErrors() {}

    /** The answer to {@code thrown}. */
    public static Response answer(Throwable thrown) {
        EngineApiRefusal refusal = find(thrown, EngineApiRefusal.class);
        if (refusal != null) {
            return refusal.problems().isEmpty()
                    ? body(refusal.status(), type(refusal.status()), refusal.getMessage())
                    : invalid(refusal.getMessage(), refusal.problems());
        }
        InvalidSubmissionException invalid = find(thrown, InvalidSubmissionException.class);
        if (invalid != null) {
            return invalid(invalid.getMessage(), invalid.getProblems());
        }
        if (find(thrown, OptimisticLockingException.class) != null || isConstraintViolation(thrown)) {
            LOG.info("Concurrent change refused with 409: {}", thrown.toString());
            return body(409, "Conflict", CONFLICT);
        }
        if (isLockTimeout(thrown)) {
            LOG.warn("Database lock wait lost, answered 503 to be retried: {}", thrown.toString());
            return Response.fromResponse(body(503, "Busy", BUSY))
                    .header("Retry-After", "1")
                    .build();
        }
        RefusedForUser refused = find(thrown, RefusedForUser.class);
        if (refused != null) {
            return body(403, "Forbidden", refused.getMessage());
        }
        if (find(thrown, AuthorizationException.class) != null) {
            return body(403, "Forbidden", "Du saknar behörighet för den här åtgärden.");
        }
        if (isTenantRefusal(thrown) || find(thrown, NotFoundException.class) != null || isMissingObject(thrown)) {
            return body(
                    404, "NotFound", "Det du söker finns inte, eller så hör det till en kommun du inte arbetar för.");
        }
        if (isPasswordPolicy(thrown)) {
            return body(400, "InvalidPassword", PasswordPolicyText.REFUSAL);
        }
        int status = status(thrown);
        if (status >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Engine API error, reference {}", reference, thrown);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("type", "ServerError");
            answer.put(
                    "message",
                    "Ett oväntat fel inträffade och ingenting sparades. Försök igen; om felet kvarstår, "
                            + "ange referensen " + reference + " till den som förvaltar systemet.");
            answer.put("reference", reference);
            return json(status, answer);
        }
        LOG.info("Engine API answered {}: {}", status, thrown.toString());
        return body(status, type(status), sentence(status));
    }

    static Response invalid(String message, List<InvalidSubmissionException.Problem> problems) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "InvalidSubmission");
        answer.put("message", message);
        answer.put(
                "problems",
                problems.stream()
                        .map(problem -> {
                            Map<String, String> entry = new LinkedHashMap<>();
                            entry.put("field", problem.field());
                            entry.put("label", problem.shownName());
                            entry.put("message", problem.message());
                            return entry;
                        })
                        .toList());
        return json(400, answer);
    }

    private static Response body(int status, String type, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", type);
        answer.put("message", message);
        return json(status, answer);
    }

    private static Response json(int status, Map<String, Object> answer) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer)
                .build();
    }

    private static int status(Throwable thrown) {
        if (thrown instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        if (thrown instanceof JsonMappingException || thrown instanceof JsonParseException) {
            return 400;
        }
        return ExceptionHandlerHelper.getInstance().getStatus(thrown).getStatusCode();
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "InvalidRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 409 -> "Conflict";
            case 503 -> "Busy";
            case 413 -> "TooLarge";
            case 415, 406 -> "UnsupportedMediaType";
            default -> "Refused";
        };
    }

    private static String sentence(int status) {
        return switch (status) {
            case 400 ->
                "Begäran är felaktig: kontrollera parametrarna och att innehållet är giltig JSON" + " med rätt typer.";
            case 401 -> "Du behöver logga in.";
            case 403 -> "Du saknar behörighet för den här åtgärden.";
            case 404 -> "Det du söker finns inte.";
            case 405 -> "Metoden stöds inte för den här adressen.";
            case 406, 415 -> "Formatet stöds inte; skicka och ta emot JSON.";
            case 409 -> CONFLICT;
            default -> "Begäran kunde inte utföras.";
        };
    }

    private static boolean isTenantRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause instanceof ProcessEngineException
                    && cause.getMessage() != null
                    && cause.getMessage().contains(TENANT_REFUSAL)) {
                return true;
            }
        }
        return false;
    }

    /** Camunda's "Cannot find task with id …" and its like come as a NullValueException. */
    private static boolean isMissingObject(Throwable thrown) {
        NullValueException missing = find(thrown, NullValueException.class);
        return missing != null
                && missing.getMessage() != null
                && (missing.getMessage().contains("Cannot find")
                        || missing.getMessage().contains("No ")
                        || missing.getMessage().contains("does not exist"));
    }

    private static boolean isPasswordPolicy(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null && cause.getMessage().contains("Password does not match policy")) {
                return true;
            }
        }
        return false;
    }

    /** Integrity constraint violations (SQL state class 23): a write that lost a race with another. */
    private static boolean isConstraintViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (each.getSQLState() != null && each.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A lock wait that timed out or a deadlock: the database rolled the transaction back, nothing was kept. */
    static boolean isLockTimeout(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql) {
                for (SQLException each = sql; each != null; each = each.getNextException()) {
                    if (each.getSQLState() != null && BUSY_STATES.contains(each.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        return next == cause ? null : next;
    }

    /** Takes over Camunda's answer to errors the REST layer wraps, such as a failed form submission. */
    @Priority(1)
    public static class RestErrors implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    /** Takes over Camunda's answer to errors of the engine itself. */
    @Priority(1)
    public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /** A body whose JSON does not fit the request's shape (Jackson's message names Java types). */
    @Priority(1)
    public static class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return body(400, "InvalidRequest", "Innehållet har fel form: ett fält har fel typ eller är okänt.");
        }
    }

    /** A body that is not JSON. */
    @Priority(1)
    public static class JsonParseErrors implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return body(400, "InvalidRequest", "Innehållet är inte giltig JSON.");
        }
    }

    /** Everything else, including the guard's own refusals. */
    @Priority(1)
    public static class OtherErrors implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return answer(exception);
        }
    }
}
