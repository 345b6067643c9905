package se.valdsprevention.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.workflows.engine.RefusedForUser;

/** Refusals on pages as Swedish pages with the right status, never an engine's or database's text. */
@ControllerAdvice(annotations = Controller.class)
class WorkspaceErrors {

    static final String VIEW = "prevention/error";

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(PageNotFound refused) {
        return page("Sidan finns inte", refused.getMessage());
    }

    @ExceptionHandler(PageForbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden(PageForbidden refused) {
        return page("Du saknar behörighet", refused.getMessage());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(OptimisticLockingException conflict) {
        return page(
                "Någon annan ändrade samtidigt",
                "Någon annan ändrade samma sak samtidigt, så din ändring sparades inte. Gå tillbaka, ladda om sidan"
                        + " och försök igen.");
    }

    @ExceptionHandler(RefusedForUser.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView refused(RefusedForUser refused) {
        return page("Du saknar behörighet", refused.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView engineForbidden(AuthorizationException refused) {
        return page("Du saknar behörighet", "Du saknar behörighet för den här åtgärden.");
    }

    private static ModelAndView page(String heading, String message) {
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
