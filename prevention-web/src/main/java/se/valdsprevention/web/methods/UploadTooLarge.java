package se.valdsprevention.web.methods;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request too large to be read (beyond Spring's multipart limits) answered with a Swedish 413 page. Not limited to
 * controllers: the request fails while it is read, before any controller is chosen.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge() {
        return page(
                "Filen är för stor",
                "Det du skickade var för stort för att tas emot. Gå tillbaka och välj en " + "mindre fil.");
    }

    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView unreadable() {
        return page("Filen kunde inte tas emot", "Det du skickade kunde inte läsas. Gå tillbaka och försök igen.");
    }

    private static ModelAndView page(String heading, String message) {
        ModelAndView page = new ModelAndView("prevention/error");
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
