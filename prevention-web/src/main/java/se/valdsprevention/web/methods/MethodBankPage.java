package se.valdsprevention.web.methods;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.valdsprevention.core.method.Method;
import se.valdsprevention.core.method.MethodBank;
import se.valdsprevention.core.method.MethodKind;
import se.valdsprevention.core.method.MethodQuery;
import se.valdsprevention.core.method.MethodSort;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.methods.AttachmentFile;
import se.valdsprevention.workflows.methods.MethodRevision;
import se.valdsprevention.workflows.methods.Methods;

/**
 * {@code /metodbank}: every logged-in user of the county reads the bank, searches and filters it, opens a method
 * and downloads its attachments; a coordinator or team member also gets a link to use the method in each of their
 * municipalities' action plans.
 */
@Controller
class MethodBankPage {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final Methods methods;
    private final WorkspaceUsers users;
    private final MunicipalityNames names;

    MethodBankPage(Methods methods, WorkspaceUsers users, MunicipalityNames names) {
        this.methods = methods;
        this.users = users;
        this.names = names;
    }

    @GetMapping("/metodbank")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String vald,
            @RequestParam(required = false) String arena,
            @RequestParam(required = false) String niva,
            @RequestParam(required = false) String preventionsniva,
            @RequestParam(required = false) String inriktning,
            @RequestParam(required = false) String typ,
            @RequestParam(required = false) String sortera,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var search = new MethodSearch(q, vald, arena, niva, preventionsniva, inriktning, typ, sortera);
        var errors = new FormErrors();
        MethodQuery query = search.query(errors);
        MethodSort sort = search.sort(errors);
        MethodBank bank = methods.bank();
        List<Method> results = bank.search(query, sort);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("search", search);
        model.addAttribute("errors", errors);
        model.addAttribute("results", results);
        model.addAttribute("total", bank.methods().size());
        model.addAttribute("arenas", arenas(bank));
        addOptions(model);
        model.addAttribute("mayCurate", users.current().mayCurateMethods());
        return "prevention/methods/list";
    }

    @GetMapping("/metodbank/{id}")
    String method(@PathVariable String id, Model model) {
        MethodRevision revision = methods.latest(id).orElseThrow(() -> MethodNotFound.method(id));
        WorkspaceUser me = users.current();
        model.addAttribute("revision", revision);
        model.addAttribute("method", revision.method());
        model.addAttribute("planLinks", planLinks(me, id));
        model.addAttribute("mayCurate", me.mayCurateMethods());
        return "prevention/methods/method";
    }

    @GetMapping("/metodbank/{id}/bilagor/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
        AttachmentFile file =
                methods.attachment(id, attachmentId).orElseThrow(() -> MethodNotFound.attachment(attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.attachment().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }

    private List<PlanLink> planLinks(WorkspaceUser me, String methodId) {
        List<PlanLink> links = new ArrayList<>();
        for (String code : me.municipalityCodes()) {
            if (me.mayEdit(code)) {
                String path = UriComponentsBuilder.fromPath("/kommuner/{kod}/handlingsplan")
                        .queryParam("metod", methodId)
                        .buildAndExpand(code)
                        .encode()
                        .toUriString();
                links.add(new PlanLink(code, names.of(code), path));
            }
        }
        return links;
    }

    private static List<String> arenas(MethodBank bank) {
        return bank.methods().stream()
                .map(Method::arena)
                .distinct()
                .sorted(SWEDISH::compare)
                .toList();
    }

    static void addOptions(Model model) {
        model.addAttribute("violenceTypes", ViolenceType.values());
        model.addAttribute("socioEcologicalLevels", SocioEcologicalLevel.values());
        model.addAttribute("preventionLevels", PreventionLevel.values());
        model.addAttribute("preventionKinds", PreventionKind.values());
        model.addAttribute("methodKinds", MethodKind.values());
        model.addAttribute("ambitionLevels", se.valdsprevention.core.plan.AmbitionLevel.values());
        model.addAttribute("sorts", SortOption.ALL);
    }

    /** A sort order as the search form offers it. */
    public record SortOption(String value, String label) {

        static final List<SortOption> ALL = List.of(
                new SortOption(MethodSort.NAME.name(), "Namn"),
                new SortOption(MethodSort.KIND.name(), "Typ (metoder först)"),
                new SortOption(MethodSort.ARENA.name(), "Arena"),
                new SortOption(MethodSort.PREVENTION_LEVEL.name(), "Preventionsnivå"),
                new SortOption(MethodSort.AMBITION_LEVEL.name(), "Ambitionsnivå"));
    }
}
