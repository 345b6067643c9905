package se.valdsprevention.web.situation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.valdsprevention.core.situation.Completeness;
import se.valdsprevention.core.situation.GenderEqualityAnalysis;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Observation;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * {@code /kommuner/{kod}/lagesbild}: the situation picture of the municipality's current cycle, written by the
 * coordinator and the team while "Sammanställ lägesbilden" is open, the police's own figures added while "Bidra
 * med polisens siffror" is open, and read by everyone who works for the municipality ({@code ?cykel=} shows an
 * earlier cycle's picture). Every save is a new revision; the form carries the revision it was based on, and a
 * save over a newer revision is refused. Everything shown outside the editing form is the publishable view.
 */
@Controller
class SituationPage {

    static final String VIEW = "prevention/situation/lagesbild";
    static final String ERROR_VIEW = "prevention/error";
    /** The source that marks an indicator or observation as the police's contribution. */
    static final String POLICE_SOURCE = "Polisen";

    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    private static final Pattern POLICE_FIELDS = Pattern.compile("_csrf|cycleId|baseRevision|action"
            + "|indicators\\[\\d+]\\.(id|name|source|unit|personBased|pyramidLevel|women|men|total|noGenderSplitReason)"
            + "|observations\\[\\d+]\\.(finding|source)");
    private static final Pattern ROW_ACTION =
            Pattern.compile("(add|remove)(Indicator|Observation|Risk|Protective|Problem)(?::(\\d{1,4}))?");

    enum Mode {
        EDIT,
        POLICE,
        READ
    }

    private final WorkspaceUsers users;
    private final MunicipalityNames names;
    private final SwedishDates dates;
    private final SituationPictures pictures;
    private final CurrentCycles cycles;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final MunicipalityPopulations populations;
    private final String tasklistUrl;

    SituationPage(
            WorkspaceUsers users,
            MunicipalityNames names,
            SwedishDates dates,
            SituationPictures pictures,
            CurrentCycles cycles,
            TaskService taskService,
            PlatformTransactionManager transactionManager,
            CamundaBpmProperties camunda,
            MunicipalityPopulations populations) {
        this.populations = populations;
        this.users = users;
        this.names = names;
        this.dates = dates;
        this.pictures = pictures;
        this.cycles = cycles;
        this.taskService = taskService;
        this.transaction = new TransactionTemplate(transactionManager);
        String webapp = camunda.getWebapp().getApplicationPath();
        this.tasklistUrl = (webapp == null || webapp.isBlank() ? "/camunda" : webapp) + "/app/tasklist/default/";
    }

    /** A post of thousands of rows is refused before it fills memory: rows beyond the limit are not bound. */
    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(PictureConversion.MAX_BOUND_ROWS);
    }

    @GetMapping("/kommuner/{kod}/lagesbild")
    String show(
            @PathVariable("kod") String code,
            @RequestParam(name = "cykel", required = false) String cycleParam,
            @RequestParam(name = "sparad", required = false) String saved,
            Model model) {
        WorkspaceUser user = users.current();
        user.requireRead(code);
        Optional<CurrentCycle> current = cycles.of(code);
        if (cycleParam != null
                && (current.isEmpty() || !cycleParam.equals(current.get().cycleId()))) {
            return earlierCycle(code, cycleParam, model);
        }
        Mode mode = mode(user, code, current);
        SituationPictureRevision latest =
                current.flatMap(c -> pictures.latest(c.cycleId())).orElse(null);
        SituationPictureForm form = null;
        if (mode == Mode.EDIT) {
            form = SituationPictureForm.of(
                    latest == null ? null : latest.picture(),
                    current.get().cycleId(),
                    latest == null ? 0 : latest.revision());
            if (latest == null) {
                // A new picture starts from the violence types chosen in Tasklist, not from none.
                form.setViolenceTypes(
                        new ArrayList<>(cycles.chosenViolenceTypes(current.get().processInstanceId())));
            }
        } else if (mode == Mode.POLICE) {
            form = policeForm(latest, current.get().cycleId());
        }
        if (saved != null) {
            model.addAttribute("notice", "Lägesbilden är sparad som en ny version.");
        }
        return page(model, user, code, current.orElse(null), mode, latest, form, new FormProblems(form));
    }

    @PostMapping("/kommuner/{kod}/lagesbild")
    String save(
            @PathVariable("kod") String code,
            @ModelAttribute("form") SituationPictureForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (request.getAttribute(PARSE_FAILED) != null) {
            return tooLarge(response, model);
        }
        WorkspaceUser user = users.current();
        user.requireRead(code);
        if (!user.mayEdit(code) && !user.mayContributePoliceFigures(code)) {
            throw new PageForbidden("Du kan läsa lägesbilden men inte ändra den. Samordnaren och kommunteamet skriver"
                    + " den, och polisen lägger till sina siffror.");
        }
        Optional<CurrentCycle> found = cycles.of(code);
        Mode mode = mode(user, code, found);
        FormProblems problems = new FormProblems(form);
        if (mode == Mode.READ) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", "Inget sparades. " + readOnlyReason(user, code, found.orElse(null)));
            SituationPictureRevision latest =
                    found.flatMap(c -> pictures.latest(c.cycleId())).orElse(null);
            return page(model, user, code, found.orElse(null), mode, latest, null, new FormProblems(null));
        }
        CurrentCycle cycle = found.orElseThrow();
        if (mode == Mode.POLICE) {
            for (String name : request.getParameterMap().keySet()) {
                if (!POLICE_FIELDS.matcher(name).matches()) {
                    throw new PageForbidden("Polisen kan bara lägga till och ändra polisens egna indikatorer och"
                            + " iakttagelser i lägesbilden. Inget sparades.");
                }
            }
        }
        SituationPictureRevision latest = pictures.latest(cycle.cycleId()).orElse(null);
        binding.getFieldErrors()
                .forEach(error -> problems.error(error.getField(), "Värdet kunde inte läsas. Skriv det igen."));
        if (!Objects.equals(form.getCycleId(), cycle.cycleId())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "conflict",
                    "Lägesbilden du skrev hör till en cykel som inte längre är aktuell. Inget sparades. Det du skrev"
                            + " finns kvar nedan.");
            form.setCycleId(cycle.cycleId());
            form.setBaseRevision(Integer.toString(latest == null ? 0 : latest.revision()));
            return page(model, user, code, cycle, mode, latest, form, problems);
        }
        String action = form.getAction() == null ? "save" : form.getAction();
        var rowAction = ROW_ACTION.matcher(action);
        if (rowAction.matches()) {
            changeRows(form, mode, rowAction.group(1), rowAction.group(2), rowAction.group(3), problems);
            return page(model, user, code, cycle, mode, latest, form, problems);
        }
        if (!action.equals("save") && !action.equals("ready")) {
            problems.error("", "Okänd knapp. Välj Spara utkast eller Klar för teamet.");
        }
        int latestNumber = latest == null ? 0 : latest.revision();
        if (!Integer.toString(latestNumber).equals(form.getBaseRevision())) {
            return staleRevision(model, response, user, code, cycle, mode, latest, form, problems);
        }
        if (mode == Mode.POLICE && latest == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "conflict",
                    "Samordnaren har inte påbörjat lägesbilden ännu, så polisens siffror kan inte sparas i den än."
                            + " Inget sparades. Det du skrev finns kvar nedan.");
            return page(model, user, code, cycle, mode, latest, form, problems);
        }
        SituationPicture edited = mode == Mode.POLICE
                ? policePicture(code, form, latest.picture(), problems)
                : picture(code, form, problems);
        SituationPicture picture = edited == null ? null : edited.editOf(latest == null ? null : latest.picture());
        boolean ready = mode == Mode.EDIT && action.equals("ready");
        if (picture != null && ready) {
            checkComplete(picture, form, problems);
        }
        if (problems.any() || picture == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, user, code, cycle, mode, latest, form, problems);
        }
        try {
            SituationPictureRevision saved = transaction.execute(status -> {
                SituationPictureRevision revision = ready
                        ? pictures.saveReadyForTeam(cycle.cycleId(), picture, user.id(), EngineClock.now())
                        : pictures.save(cycle.cycleId(), picture, user.id(), EngineClock.now());
                if (cycle.at(CurrentCycle.DESCRIBE)) {
                    cycles.setVariable(
                            cycle.processInstanceId(),
                            CycleVariables.SITUATION_PICTURE_SUMMARY,
                            DocumentSummaries.of(picture));
                }
                return revision;
            });
            return "redirect:/kommuner/" + code + "/lagesbild?sparad=" + saved.revision();
        } catch (DuplicateKeyException concurrent) {
            SituationPictureRevision newer = pictures.latest(cycle.cycleId()).orElse(latest);
            return staleRevision(model, response, user, code, cycle, mode, newer, form, problems);
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> problems.error("", v.message()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, user, code, cycle, mode, latest, form, problems);
        }
    }

    /** Indices beyond the bound-row limit: a forged or runaway post, refused without binding it. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyRows(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ModelAndView page = new ModelAndView(ERROR_VIEW);
        page.addObject("heading", "För många rader");
        page.addObject(
                "message",
                "Formuläret hade fler rader än en lägesbild kan ha (högst " + PictureConversion.MAX_INDICATORS
                        + " indikatorer). Inget sparades. Gå tillbaka till lägesbilden och försök igen.");
        return page;
    }

    private String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("heading", "Formuläret var för stort");
        model.addAttribute(
                "message",
                "Formuläret hade fler fält än en lägesbild kan ha (högst " + PictureConversion.MAX_INDICATORS
                        + " indikatorer). Inget sparades. Gå tillbaka till lägesbilden och försök igen.");
        return ERROR_VIEW;
    }

    private String staleRevision(
            Model model,
            HttpServletResponse response,
            WorkspaceUser user,
            String code,
            CurrentCycle cycle,
            Mode mode,
            SituationPictureRevision latest,
            SituationPictureForm form,
            FormProblems problems) {
        response.setStatus(HttpStatus.CONFLICT.value());
        String by = latest == null
                ? ""
                : " (version " + latest.revision() + ", sparad av " + displayName(latest.author()) + " "
                        + dates.dateTime(latest.recordedAt()) + ")";
        model.addAttribute(
                "conflict",
                "Någon annan har sparat lägesbilden medan du skrev" + by + ". Inget sparades. Det du skrev finns kvar"
                        + " nedan: jämför med ändringarna i den nya versionen längre ned på sidan. Sparar du igen"
                        + " ersätter dina uppgifter den nya versionen.");
        form.setBaseRevision(Integer.toString(latest == null ? 0 : latest.revision()));
        return page(model, user, code, cycle, mode, latest, form, problems);
    }

    private void changeRows(
            SituationPictureForm form, Mode mode, String verb, String list, String index, FormProblems problems) {
        if (mode == Mode.POLICE && !list.equals("Indicator") && !list.equals("Observation")) {
            throw new PageForbidden(
                    "Polisen kan bara lägga till och ändra polisens egna indikatorer och iakttagelser.");
        }
        List<?> rows;
        String path;
        int max;
        switch (list) {
            case "Indicator" -> {
                rows = form.getIndicators();
                path = "indicators";
                max = PictureConversion.MAX_INDICATORS;
            }
            case "Observation" -> {
                rows = form.getObservations();
                path = "observations";
                max = PictureConversion.MAX_OBSERVATIONS;
            }
            case "Risk" -> {
                rows = form.getRiskFactors();
                path = "riskFactors";
                max = PictureConversion.MAX_FACTORS;
            }
            case "Protective" -> {
                rows = form.getProtectiveFactors();
                path = "protectiveFactors";
                max = PictureConversion.MAX_FACTORS;
            }
            default -> {
                rows = form.getPrioritisedProblems();
                path = "prioritisedProblems";
                max = PictureConversion.MAX_PROBLEMS;
            }
        }
        if (verb.equals("remove")) {
            int at = index == null ? -1 : Integer.parseInt(index);
            if (at >= 0 && at < rows.size()) {
                rows.remove(at);
            }
            return;
        }
        if (rows.size() >= max) {
            problems.error(
                    path, "Lägesbilden kan ha högst " + max + " rader här. Ta bort en rad innan du lägger till.");
            return;
        }
        switch (list) {
            case "Indicator" -> form.getIndicators().add(newIndicatorRow(mode));
            case "Observation" -> form.getObservations().add(newObservationRow(mode));
            case "Risk" -> form.getRiskFactors().add(new SituationPictureForm.FactorRow());
            case "Protective" -> form.getProtectiveFactors().add(new SituationPictureForm.FactorRow());
            default -> {
                var problem = new SituationPictureForm.ProblemRow();
                problem.setRank(Integer.toString(form.getPrioritisedProblems().size() + 1));
                form.getPrioritisedProblems().add(problem);
            }
        }
    }

    private static SituationPictureForm.IndicatorRow newIndicatorRow(Mode mode) {
        var row = new SituationPictureForm.IndicatorRow();
        row.setUnit(Unit.PERSONS.name());
        row.setPersonBased(true);
        if (mode == Mode.POLICE) {
            row.setSource(POLICE_SOURCE);
        }
        return row;
    }

    private static SituationPictureForm.ObservationRow newObservationRow(Mode mode) {
        var row = new SituationPictureForm.ObservationRow();
        if (mode == Mode.POLICE) {
            row.setSource(POLICE_SOURCE);
        }
        return row;
    }

    /** The whole picture from the team's form. */
    private SituationPicture picture(String code, SituationPictureForm form, FormProblems problems) {
        PictureConversion conversion = new PictureConversion(form, problems, dates);
        ReportingPeriod period = conversion.period();
        List<ViolenceType> types = conversion.violenceTypes();
        List<Indicator> indicators = conversion.indicators(Set.of());
        List<Observation> observations = conversion.observations();
        GenderEqualityAnalysis analysis = conversion.analysis();
        List<RiskFactor> risks = conversion.riskFactors();
        List<ProtectiveFactor> protections = conversion.protectiveFactors();
        Set<String> ids = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
        List<PrioritisedProblem> priorities = conversion.prioritisedProblems(ids);
        if (problems.any() || period == null) {
            return null;
        }
        try {
            return new SituationPicture(
                    code,
                    period,
                    types,
                    PictureStatus.DRAFT,
                    null,
                    null,
                    indicators,
                    observations,
                    analysis,
                    risks,
                    protections,
                    priorities);
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> problems.error(formPath(form, v.path()), v.message()));
            return null;
        }
    }

    /**
     * The stored picture with the police's rows replaced by the form's: every other row stays exactly as stored,
     * and a form that names another contributor's indicator is refused.
     */
    private SituationPicture policePicture(
            String code, SituationPictureForm form, SituationPicture stored, FormProblems problems) {
        List<Indicator> others =
                stored.indicators().stream().filter(i -> !police(i.source())).toList();
        Set<String> otherIds = others.stream().map(Indicator::id).collect(Collectors.toSet());
        for (var row : form.getIndicators()) {
            if (row.getId() != null && otherIds.contains(row.getId().strip())) {
                throw new PageForbidden("Polisen kan bara ändra polisens egna indikatorer. Indikatorn "
                        + row.getId().strip() + " hör till kommunens team. Inget sparades.");
            }
            if (!row.blank()) {
                row.setSource(POLICE_SOURCE);
            }
        }
        form.getObservations().stream().filter(row -> !row.blank()).forEach(row -> row.setSource(POLICE_SOURCE));
        PictureConversion conversion = new PictureConversion(form, problems, dates);
        List<Indicator> policeIndicators = conversion.indicators(otherIds);
        List<Observation> policeObservations = conversion.observations();
        if (problems.any()) {
            return null;
        }
        List<Indicator> indicators = new ArrayList<>(others);
        indicators.addAll(policeIndicators);
        List<Observation> observations = new ArrayList<>(
                stored.observations().stream().filter(o -> !police(o.source())).toList());
        observations.addAll(policeObservations);
        Set<String> ids = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
        List<PrioritisedProblem> priorities = stored.prioritisedProblems().stream()
                .map(p -> new PrioritisedProblem(
                        p.rank(),
                        p.description(),
                        p.indicatorIds().stream().filter(ids::contains).toList()))
                .toList();
        try {
            return new SituationPicture(
                    code,
                    stored.period(),
                    stored.violenceTypes(),
                    PictureStatus.DRAFT,
                    null,
                    null,
                    indicators,
                    observations,
                    stored.genderEqualityAnalysis(),
                    stored.riskFactors(),
                    stored.protectiveFactors(),
                    priorities);
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> problems.error("indicators", v.message()));
            return null;
        }
    }

    /** "Klar för teamet" needs a picture the team can agree: what is missing is listed at its field. */
    private static void checkComplete(SituationPicture picture, SituationPictureForm form, FormProblems problems) {
        String notYet = " innan lägesbilden kan vara klar för teamet.";
        if (picture.violenceTypes().isEmpty()) {
            problems.error("violenceTypes", "Välj minst en våldsform" + notYet);
        }
        if (picture.indicators().isEmpty()) {
            problems.error("indicators", "Lägg till minst en indikator" + notYet);
        }
        for (String id : Completeness.of(picture).withoutSource()) {
            problems.error(formPath(form, "indicators[" + indexOf(picture, id) + "].source"), "Ange källa" + notYet);
        }
        if (picture.genderEqualityAnalysis() == null) {
            problems.error("genderEqualityAnalysis.summary", "Skriv jämställdhetsanalysen" + notYet);
        }
    }

    private static int indexOf(SituationPicture picture, String indicatorId) {
        for (int i = 0; i < picture.indicators().size(); i++) {
            if (picture.indicators().get(i).id().equals(indicatorId)) {
                return i;
            }
        }
        return 0;
    }

    /** A core path of the picture as a form path: the picture leaves out empty rows, the form keeps them. */
    private static String formPath(SituationPictureForm form, String path) {
        var matcher = Pattern.compile("(indicators|prioritisedProblems)\\[(\\d+)](.*)")
                .matcher(path);
        if (!matcher.matches()) {
            return path;
        }
        int wanted = Integer.parseInt(matcher.group(2));
        List<Boolean> blank = matcher.group(1).equals("indicators")
                ? form.getIndicators().stream().map(r -> r.blank()).toList()
                : form.getPrioritisedProblems().stream().map(r -> r.blank()).toList();
        int seen = -1;
        for (int i = 0; i < blank.size(); i++) {
            if (!blank.get(i) && ++seen == wanted) {
                return matcher.group(1) + "[" + i + "]" + matcher.group(3);
            }
        }
        return matcher.group(1);
    }

    private SituationPictureForm policeForm(SituationPictureRevision latest, String cycleId) {
        SituationPictureForm form = SituationPictureForm.of(null, cycleId, latest == null ? 0 : latest.revision());
        if (latest != null) {
            latest.picture().indicators().stream()
                    .filter(i -> police(i.source()))
                    .forEach(i -> form.getIndicators().add(SituationPictureForm.IndicatorRow.of(i)));
            latest.picture().observations().stream()
                    .filter(o -> police(o.source()))
                    .forEach(o -> form.getObservations().add(SituationPictureForm.ObservationRow.of(o)));
        }
        return form;
    }

    static boolean police(String source) {
        return source != null && source.strip().equalsIgnoreCase(POLICE_SOURCE);
    }

    private Mode mode(WorkspaceUser user, String code, Optional<CurrentCycle> cycle) {
        if (cycle.isEmpty()) {
            return Mode.READ;
        }
        if (user.mayEdit(code) && cycle.get().at(CurrentCycle.DESCRIBE)) {
            return Mode.EDIT;
        }
        if (user.mayContributePoliceFigures(code) && cycle.get().at(CurrentCycle.POLICE)) {
            return Mode.POLICE;
        }
        return Mode.READ;
    }

    /** Why the user cannot change the picture now, or null when they may not change it anyway (a reader). */
    private String readOnlyReason(WorkspaceUser user, String code, CurrentCycle cycle) {
        boolean writer = user.mayEdit(code);
        boolean police = user.mayContributePoliceFigures(code);
        if (!writer && !police) {
            return null;
        }
        if (cycle == null) {
            return "Ingen cykel pågår i kommunen, så det finns ingen lägesbild att skriva nu.";
        }
        if (cycle.at(CurrentCycle.AGREE)) {
            return "Lägesbilden ligger hos teamet för att fastställas och kan inte ändras nu.";
        }
        if (cycle.at(CurrentCycle.FACTORS)) {
            return "Lägesbilden är fastställd. Risk- och skyddsfaktorerna i steg 3 skrivs i uppgiften ”Identifiera"
                    + " risk- och skyddsfaktorer” i Tasklist.";
        }
        if (cycle.at(CurrentCycle.CHOOSE_TYPES)) {
            return "Lägesbilden kan skrivas när våldsformerna är valda i uppgiften ”Välj vilka våldsformer som ska"
                    + " kartläggas”.";
        }
        if (!writer) {
            return "Polisens siffror kan läggas till medan uppgiften ”Bidra med polisens siffror och lokala"
                    + " lägesbild” är öppen.";
        }
        return "Lägesbilden kan bara ändras medan uppgiften ”Sammanställ lägesbilden” är öppen.";
    }

    private String page(
            Model model,
            WorkspaceUser user,
            String code,
            CurrentCycle cycle,
            Mode mode,
            SituationPictureRevision latest,
            SituationPictureForm form,
            FormProblems problems) {
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("cycleLabel", cycle == null ? "Ingen cykel pågår" : cycle.label());
        model.addAttribute("step", cycle == null ? "–" : cycle.step());
        model.addAttribute("earlier", false);
        model.addAttribute("editing", mode == Mode.EDIT);
        model.addAttribute("policeEditing", mode == Mode.POLICE);
        model.addAttribute("readOnlyReason", mode == Mode.READ ? readOnlyReason(user, code, cycle) : null);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("tasks", cycle == null ? List.of() : tasks(user, cycle));
        List<SituationPictureRevision> history = cycle == null ? List.of() : pictures.history(cycle.cycleId());
        Set<Integer> ready = cycle == null ? Set.of() : pictures.readyForTeam(cycle.cycleId());
        SituationPicture baseline = cycle == null ? null : baseline(code, cycle);
        describe(model, history, ready, latest, baseline, mode == Mode.POLICE);
        model.addAttribute(
                "previousForRows",
                form == null
                        ? List.of()
                        : form.getIndicators().stream()
                                .map(row -> previous(baseline, row.getId(), row.getName()))
                                .toList());
        model.addAttribute(
                "earlierCycles",
                earlierCycles(
                        code, cycle == null ? null : cycle.cycleId(), cycle == null ? null : cycle.baselineCycleId()));
        model.addAttribute("chartCycleId", cycle == null ? null : cycle.cycleId());
        choices(model);
        return VIEW;
    }

    private String earlierCycle(String code, String cycleId, Model model) {
        List<SituationPictureRevision> history = cycleId.length() > 64 ? List.of() : pictures.history(cycleId);
        if (history.isEmpty() || !history.get(0).municipalityCode().equals(code)) {
            throw new PageNotFound("Det finns ingen lägesbild för den cykeln i kommunen.");
        }
        SituationPictureRevision latest = history.get(history.size() - 1);
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute(
                "cycleLabel", "Tidigare cykel, period " + latest.picture().period());
        model.addAttribute("step", "Avslutad eller tidigare omgång");
        model.addAttribute("earlier", true);
        model.addAttribute("editing", false);
        model.addAttribute("policeEditing", false);
        model.addAttribute("readOnlyReason", "Det här är en tidigare cykels lägesbild. Den visas bara för läsning.");
        model.addAttribute("form", null);
        model.addAttribute("problems", new FormProblems(null));
        model.addAttribute("tasks", List.of());
        describe(model, history, pictures.readyForTeam(cycleId), latest, null, false);
        model.addAttribute("previousForRows", List.of());
        model.addAttribute("earlierCycles", earlierCycles(code, cycleId, null));
        model.addAttribute("chartCycleId", cycleId);
        choices(model);
        return VIEW;
    }

    /** The published picture, its status, its revisions and what the newest one changed. */
    private void describe(
            Model model,
            List<SituationPictureRevision> history,
            Set<Integer> ready,
            SituationPictureRevision latest,
            SituationPicture baseline,
            boolean othersOnly) {
        SituationPicture picture = latest == null ? null : latest.picture();
        model.addAttribute("picture", picture == null ? null : published(picture));
        model.addAttribute("status", status(picture, latest == null ? 0 : latest.revision(), ready));
        List<IndicatorView> views = new ArrayList<>();
        if (picture != null) {
            List<PublishedIndicator> published = published(picture).indicators();
            for (int i = 0; i < picture.indicators().size(); i++) {
                Indicator raw = picture.indicators().get(i);
                if (othersOnly && police(raw.source())) {
                    continue;
                }
                PublishedIndicator shown = published.get(i);
                views.add(new IndicatorView(
                        raw.id(),
                        raw.name(),
                        raw.source(),
                        raw.unit().label(),
                        raw.personBased(),
                        raw.pyramidLevel() == null
                                ? "ingen"
                                : raw.pyramidLevel().label(),
                        ShownText.of(shown.values().women(), raw.women()),
                        ShownText.of(shown.values().men(), raw.men()),
                        ShownText.of(shown.values().total(), raw.total()),
                        raw.noGenderSplitReason(),
                        previous(baseline, raw.id(), raw.name())));
            }
        }
        model.addAttribute("indicatorViews", views);
        model.addAttribute(
                "fromKolada",
                picture != null
                        && picture.indicators().stream()
                                .anyMatch(i -> i.origin() != null && i.origin().kolada()));
        model.addAttribute(
                "otherObservations",
                picture == null
                        ? List.of()
                        : picture.observations().stream()
                                .filter(o -> !othersOnly || !police(o.source()))
                                .toList());
        model.addAttribute("hasBaseline", baseline != null);
        model.addAttribute(
                "baselinePeriod", baseline == null ? null : baseline.period().toString());
        Map<String, String> authors = new HashMap<>();
        List<RevisionView> revisions = new ArrayList<>();
        for (SituationPictureRevision revision : history) {
            revisions.add(new RevisionView(
                    revision.revision(),
                    authors.computeIfAbsent(revision.author(), this::displayName),
                    dates.dateTime(revision.recordedAt()),
                    status(revision.picture(), revision.revision(), ready)));
        }
        Collections.reverse(revisions);
        model.addAttribute("revisions", revisions);
        model.addAttribute(
                "changes",
                history.size() < 2
                        ? List.of()
                        : RevisionChanges.between(
                                history.get(history.size() - 2).picture(),
                                history.get(history.size() - 1).picture(),
                                populations.of(picture.areaCode())));
    }

    /** The picture as it may be shown: suppressed against its municipality's population. */
    private PublishedSituationPicture published(SituationPicture picture) {
        return picture.publishable(populations.of(picture.areaCode()));
    }

    private static String status(SituationPicture picture, int revision, Set<Integer> ready) {
        if (picture == null) {
            return "ingen lägesbild ännu";
        }
        if (picture.status() == PictureStatus.AGREED) {
            return PictureStatus.AGREED.label();
        }
        return ready.contains(revision) ? "klar för teamet" : PictureStatus.DRAFT.label();
    }

    /** The agreed picture this cycle is compared with: the baseline turn's, else the municipality's last agreed. */
    private SituationPicture baseline(String code, CurrentCycle cycle) {
        if (cycle.baselineCycleId() != null) {
            Optional<SituationPicture> agreed = pictures.latest(cycle.baselineCycleId())
                    .map(SituationPictureRevision::picture)
                    .filter(p -> p.status() == PictureStatus.AGREED);
            if (agreed.isPresent()) {
                return agreed.get();
            }
        }
        return pictures.latestAgreed(code)
                .filter(r -> !r.cycleId().equals(cycle.cycleId()))
                .map(SituationPictureRevision::picture)
                .orElse(null);
    }

    /** The published values of the matching indicator (same id, else same name) of the baseline picture. */
    private String previous(SituationPicture baseline, String id, String name) {
        if (baseline == null) {
            return null;
        }
        List<Indicator> indicators = baseline.indicators();
        int found = -1;
        for (int i = 0; i < indicators.size() && found < 0; i++) {
            if (id != null && indicators.get(i).id().equals(id)) {
                found = i;
            }
        }
        for (int i = 0; i < indicators.size() && found < 0; i++) {
            if (name != null && indicators.get(i).name().strip().equalsIgnoreCase(name.strip())) {
                found = i;
            }
        }
        if (found < 0) {
            return null;
        }
        Indicator raw = indicators.get(found);
        var values = published(baseline).indicators().get(found).values();
        return "kvinnor " + ShownText.of(values.women(), raw.women()) + ", män " + ShownText.of(values.men(), raw.men())
                + ", totalt " + ShownText.of(values.total(), raw.total());
    }

    private List<TaskLink> tasks(WorkspaceUser user, CurrentCycle cycle) {
        return taskService
                .createTaskQuery()
                .processInstanceId(cycle.processInstanceId())
                .taskDefinitionKeyIn(
                        CurrentCycle.DESCRIBE, CurrentCycle.POLICE, CurrentCycle.AGREE, CurrentCycle.FACTORS)
                .active()
                .or()
                .taskAssignee(user.id())
                .taskCandidateUser(user.id())
                .endOr()
                .list()
                .stream()
                .map(task -> new TaskLink(task.getName(), tasklistUrl + "#/?task=" + task.getId()))
                .toList();
    }

    /**
     * Links to the municipality's other cycles' pictures, the most recently saved first, at most 20; the cycle this
     * one is compared with (its baseline) is always among them, however long ago it was saved.
     */
    private List<TaskLink> earlierCycles(String code, String shownCycleId, String baselineCycleId) {
        List<String> cycleIds = new ArrayList<>(pictures.cyclesOf(code));
        cycleIds.remove(shownCycleId);
        if (baselineCycleId != null && cycleIds.remove(baselineCycleId)) {
            cycleIds.add(0, baselineCycleId);
        }
        List<TaskLink> links = new ArrayList<>();
        for (String cycleId : cycleIds.subList(0, Math.min(20, cycleIds.size()))) {
            pictures.latest(cycleId)
                    .filter(r -> code.equals(r.municipalityCode()))
                    .ifPresent(r -> links.add(new TaskLink(
                            "Lägesbild " + r.picture().period() + " (" + status(r.picture(), 0, Set.of()) + ")",
                            "/kommuner/" + code + "/lagesbild?cykel=" + cycleId)));
        }
        return links;
    }

    private String displayName(String userId) {
        return cycles.asServer(() -> users.load(userId).displayName());
    }

    private static void choices(Model model) {
        model.addAttribute("units", Unit.values());
        model.addAttribute("levels", PyramidLevel.values());
        model.addAttribute("violenceTypes", ViolenceType.values());
        model.addAttribute("socioLevels", SocioEcologicalLevel.values());
    }
}
