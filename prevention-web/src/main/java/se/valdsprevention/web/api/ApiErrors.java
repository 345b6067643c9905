package se.valdsprevention.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.valdsprevention.core.validation.ValidationException;

/**
 * How the domain API answers a refusal. Invalid content is a 400 in the same format as the engine REST API's
 * refused form input: {@code {"type":"InvalidSubmission","message":...,"problems":[{"field":...,"message":...}]}}.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException refused) {
        List<Map<String, String>> problems = refused.violations().stream()
                .map(violation -> Map.of("field", violation.path(), "message", violation.message()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Map.of("type", "InvalidSubmission", "message", refused.getMessage(), "problems", problems));
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<Map<String, Object>> refused(ApiRefusal refused) {
        return ResponseEntity.status(refused.status())
                .body(Map.of("type", refused.type(), "message", refused.getMessage()));
    }

    /** Two saves of the same cycle's document at once: the revision number was taken by the other. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> concurrentSave(DuplicateKeyException refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of(
                        "type",
                        "ConcurrentSave",
                        "message",
                        "Någon annan sparade dokumentet i samma ögonblick. Hämta det och skicka ditt igen."));
    }
}
