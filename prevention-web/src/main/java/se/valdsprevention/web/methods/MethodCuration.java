package se.valdsprevention.web.methods;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.valdsprevention.core.method.Method;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.methods.MethodRevision;
import se.valdsprevention.workflows.methods.Methods;
import se.valdsprevention.workflows.methods.StaleMethodRevision;

/**
 * The county officers' pages of the method bank: {@code /metodbank/ny} adds a method, {@code /metodbank/{id}/andra}
 * changes one and {@code /metodbank/{id}/bilagor} attaches a PDF, PNG or JPEG. Everyone else is refused with 403.
 */
@Controller
class MethodCuration {

    static final String FORM = "prevention/methods/form";

    private final Methods methods;
    private final WorkspaceUsers users;
    private final SwedishDates dates;
    private final MethodAttachmentProperties properties;
    private final Clock clock;

    MethodCuration(Methods methods, WorkspaceUsers users, SwedishDates dates, MethodAttachmentProperties properties) {
        this.methods = methods;
        this.users = users;
        this.dates = dates;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/metodbank/ny")
    String newMethod(Model model) {
        curator();
        return form(model, null, MethodForm.empty(), new FormErrors(), null, null);
    }

    @PostMapping("/metodbank/ny")
    String add(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        WorkspaceUser me = curator();
        MethodForm form = MethodForm.posted(fields);
        FormErrors errors = new FormErrors();
        String id = MethodIds.forName(
                form.name(), candidate -> methods.latest(candidate).isPresent());
        Optional<Method> method = form.toMethod(id, List.of(), errors);
        if (method.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null, form, errors, null, null);
        }
        try {
            MethodRevision saved = methods.save(method.get(), 0, me.id(), clock.instant());
            return "redirect:/metodbank/" + saved.methodId() + "?sparad";
        } catch (StaleMethodRevision taken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(
                    model,
                    null,
                    form,
                    errors,
                    "Någon annan lade till en metod med samma namn i samma stund. Inget är sparat; skicka igen.",
                    null);
        }
    }

    @GetMapping("/metodbank/{id}/andra")
    String edit(@PathVariable String id, Model model) {
        curator();
        MethodRevision latest = latest(id);
        return form(model, latest, MethodForm.of(latest.method(), latest.revision()), new FormErrors(), null, null);
    }

    @PostMapping("/metodbank/{id}/andra")
    String change(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser me = curator();
        MethodRevision latest = latest(id);
        MethodForm form = MethodForm.posted(fields);
        FormErrors errors = new FormErrors();
        if (form.revision() != latest.revision()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, latest, form.withRevision(latest.revision()), errors, conflict(latest), null);
        }
        Optional<Method> method = form.toMethod(id, latest.method().attachments(), errors);
        if (method.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, latest, form, errors, null, null);
        }
        try {
            methods.save(method.get(), form.revision(), me.id(), clock.instant());
            return "redirect:/metodbank/" + id + "?sparad";
        } catch (StaleMethodRevision stale) {
            MethodRevision current = stale.current() == null ? latest : stale.current();
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, current, form.withRevision(current.revision()), errors, conflict(current), null);
        }
    }

    @PostMapping("/metodbank/{id}/bilagor")
    String attach(
            @PathVariable String id,
            @RequestParam(name = "fil", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser me = curator();
        MethodRevision latest = latest(id);
        MethodForm form = MethodForm.of(latest.method(), latest.revision());
        long max = properties.getMethodAttachmentMaxSize().toBytes();
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, latest, form, new FormErrors(), null, "Välj en fil med innehåll att bifoga.");
        }
        if (file.getSize() > max) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return form(
                    model,
                    latest,
                    form,
                    new FormErrors(),
                    null,
                    "Filen är för stor (" + megabytes(file.getSize()) + "). En bilaga får vara högst " + megabytes(max)
                            + ".");
        }
        try {
            methods.attach(
                    id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), me.id(), clock.instant());
            return "redirect:/metodbank/" + id + "/andra?bilaga";
        } catch (ValidationException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(
                    model,
                    latest,
                    form,
                    new FormErrors(),
                    null,
                    refused.violations().get(0).message());
        } catch (StaleMethodRevision stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(
                    model,
                    latest,
                    form,
                    new FormErrors(),
                    null,
                    "Någon annan sparade metoden i samma stund. Filen är inte bifogad; försök igen.");
        } catch (IOException unreadable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, latest, form, new FormErrors(), null, "Filen kunde inte läsas. Försök igen.");
        }
    }

    private String form(
            Model model,
            MethodRevision latest,
            MethodForm form,
            FormErrors errors,
            String conflict,
            String uploadError) {
        model.addAttribute("latest", latest);
        model.addAttribute("form", form.forDisplay());
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("uploadError", uploadError);
        model.addAttribute(
                "maxAttachment",
                megabytes(properties.getMethodAttachmentMaxSize().toBytes()));
        MethodBankPage.addOptions(model);
        return FORM;
    }

    private String conflict(MethodRevision current) {
        return "Metoden har ändrats av " + current.author() + " " + dates.dateTime(current.recordedAt())
                + " (version " + current.revision() + ") efter att du öppnade den. Dina ändringar är inte sparade "
                + "men finns kvar i formuläret. Jämför med den senaste versionen, och spara igen om du vill skriva "
                + "över den.";
    }

    private MethodRevision latest(String id) {
        return methods.latest(id).orElseThrow(() -> MethodNotFound.method(id));
    }

    private WorkspaceUser curator() {
        WorkspaceUser me = users.current();
        if (!me.mayCurateMethods()) {
            throw new PageForbidden("Bara länsstyrelsens handläggare kan lägga till och ändra metoder i metodbanken. "
                    + "Du kan läsa metoderna och använda dem i handlingsplanen.");
        }
        return me;
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return String.format(java.util.Locale.forLanguageTag("sv"), mb < 10 ? "%.1f MB" : "%.0f MB", mb);
    }
}
