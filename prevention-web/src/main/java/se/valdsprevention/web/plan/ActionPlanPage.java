package se.valdsprevention.web.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.BeansException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.ActivityStatus;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.GoalProgress;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.Suppression;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.plan.PlanForm.ActivityRow;
import se.valdsprevention.web.plan.PlanForm.OutcomeRow;
import se.valdsprevention.web.plan.PlanViews.ActivityView;
import se.valdsprevention.web.plan.PlanViews.CycleChoice;
import se.valdsprevention.web.plan.PlanViews.GoalView;
import se.valdsprevention.web.plan.PlanViews.IndicatorOption;
import se.valdsprevention.web.plan.PlanViews.MeasurementView;
import se.valdsprevention.web.plan.PlanViews.MethodLink;
import se.valdsprevention.web.plan.PlanViews.Notice;
import se.valdsprevention.web.plan.PlanViews.RevisionLine;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlanRevision;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * {@code /kommuner/{kod}/handlingsplan}: the action plan of the municipality's current IAVP cycle (or of the cycle
 * {@code ?cykel=}), written while the cycle waits at "Planera insatser med programteori" or "Arbeta om förslaget
 * till mål", and followed up while it waits at "Följ upp aktiviteter och mål". Every save is a new revision and
 * puts the plan's summary on the open task in the same transaction. Goals and activities are added and removed
 * with plain submit buttons that re-render the form without saving, so the page needs no JavaScript.
 */
@Controller
@RequestMapping("/kommuner/{kod}/handlingsplan")
class ActionPlanPage {

    static final String VIEW = "prevention/plan/handlingsplan";
    static final int MAX_GOALS = 100;
    static final int MAX_ACTIVITIES = 300;
    static final int MAX_OUTCOMES = 1_000;

    private static final Pattern ROW = Pattern.compile("^(goals|activities|outcomes)\\[([^\\]]*)\\]");
    private static final Pattern REMOVE = Pattern.compile("(removeGoal|removeActivity)-(\\d{1,4})");

    enum Mode {
        PLANNING,
        FOLLOW_UP,
        READ_ONLY
    }

    /** The cycle's stored plan and what the form offers with it. */
    private record State(
            PlanCycle cycle,
            Optional<ActionPlanRevision> latest,
            List<ActionPlanRevision> history,
            List<IndicatorOption> indicators,
            Map<String, Indicator> indicatorsById) {

        int revision() {
            return latest.map(ActionPlanRevision::revision).orElse(0);
        }

        ActionPlan plan() {
            return latest.map(ActionPlanRevision::plan).orElse(null);
        }
    }

    /** A save over a revision newer than the form's. */
    private static final class StaleRevision extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final WorkspaceUsers users;
    private final PlanCycles cycles;
    private final PlanMethods methods;
    private final ActionPlans plans;
    private final SituationPictures pictures;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final SwedishDates dates;
    private final MunicipalityNames names;
    private final String webappPath;

    ActionPlanPage(
            WorkspaceUsers users,
            PlanCycles cycles,
            PlanMethods methods,
            ActionPlans plans,
            SituationPictures pictures,
            TaskService taskService,
            PlatformTransactionManager transactionManager,
            SwedishDates dates,
            MunicipalityNames names,
            CamundaBpmProperties camunda) {
        this.users = users;
        this.cycles = cycles;
        this.methods = methods;
        this.plans = plans;
        this.pictures = pictures;
        this.taskService = taskService;
        this.transaction = new TransactionTemplate(transactionManager);
        this.dates = dates;
        this.names = names;
        String path = camunda.getWebapp().getApplicationPath();
        this.webappPath = path == null || path.isBlank() ? "/camunda" : path;
    }

    @GetMapping
    String show(
            @PathVariable("kod") String code,
            @RequestParam(name = "cykel", required = false) String cycleId,
            @RequestParam(name = "metod", required = false) String methodId,
            @RequestParam(name = "sparad", required = false) String saved,
            Model model) {
        WorkspaceUser me = users.current();
        me.requireRead(code);
        PlanCycles.Selection selection = cycles.select(code, cycleId);
        if (selection.cycle() == null) {
            return choices(model, code, selection.choices());
        }
        State state = state(code, selection.cycle());
        Mode mode = mode(me, code, state);
        PlanForm form = state.latest().isPresent() ? PlanForm.of(state.plan(), state.revision()) : new PlanForm();
        List<Notice> notices = new ArrayList<>();
        if (saved != null && saved.matches("\\d{1,6}")) {
            notices.add(new Notice("ok", "Handlingsplanen är sparad som version " + saved + "."));
        }
        if (methodId != null) {
            prefill(methodId, mode, form, notices);
        }
        return render(model, me, code, state, mode, form, new PlanErrors(), notices);
    }

    @PostMapping
    String save(
            @PathVariable("kod") String code,
            @RequestParam(name = "cykel", required = false) String cycleId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        WorkspaceUser me = users.current();
        me.requireEdit(code);
        PlanCycles.Selection selection = cycles.select(code, cycleId);
        if (selection.cycle() == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return choices(model, code, selection.choices());
        }
        State state = state(code, selection.cycle());
        Mode mode = mode(me, code, state);
        PlanErrors errors = new PlanErrors();
        PlanForm stored = state.latest().isPresent() ? PlanForm.of(state.plan(), state.revision()) : new PlanForm();
        if (mode == Mode.READ_ONLY) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.general(
                    "Handlingsplanen kan inte ändras just nu, så inget sparades. " + readOnlyReason(me, code, state));
            return render(model, me, code, state, mode, stored, errors, List.of());
        }
        String tooMany = tooMany(request);
        if (tooMany != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.general(tooMany);
            return render(model, me, code, state, mode, stored, errors, List.of());
        }
        PlanForm submitted = new PlanForm();
        ServletRequestDataBinder binder = new ServletRequestDataBinder(submitted, "plan");
        binder.setAutoGrowCollectionLimit(MAX_OUTCOMES);
        binder.setAllowedFields(
                "baseRevision", "vision", "periodStart", "periodEnd", "goals[*].*", "activities[*].*", "outcomes[*].*");
        try {
            binder.bind(request);
        } catch (BeansException unreadable) {
            binder.getBindingResult().reject("unreadable");
        }
        if (binder.getBindingResult().hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.general("Formuläret kunde inte läsas, så inget sparades. Ladda om sidan och försök igen.");
            return render(model, me, code, state, mode, stored, errors, List.of());
        }
        PlanForm form = mode == Mode.FOLLOW_UP ? followUpForm(state, submitted) : submitted;
        String action = request.getParameter("action");
        if (action != null && !action.equals("save")) {
            return change(model, response, me, code, state, mode, form, action);
        }
        Integer base = revisionOf(form.getBaseRevision());
        if (base == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.general("Formuläret saknar vilken version du utgick från. Ladda om sidan och försök igen.");
            return render(model, me, code, state, mode, form, errors, List.of());
        }
        PlanReader reader = new PlanReader(dates, form, errors);
        ActionPlan plan = read(reader, mode, code, state);
        if (plan == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, me, code, state, mode, form, errors, List.of());
        }
        PlanCycle cycle = state.cycle();
        int revision;
        try {
            revision = transaction.execute(status -> {
                int current = plans.latest(cycle.cycleId())
                        .map(ActionPlanRevision::revision)
                        .orElse(0);
                if (current != base) {
                    throw new StaleRevision();
                }
                ActionPlanRevision savedRevision = plans.save(cycle.cycleId(), plan, me.id(), EngineClock.now());
                cycles.asServer(() -> {
                    taskService.setVariable(
                            cycle.planTaskId(), CycleVariables.ACTION_PLAN_SUMMARY, DocumentSummaries.of(plan));
                    return null;
                });
                return savedRevision.revision();
            });
        } catch (StaleRevision | DuplicateKeyException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            State now = state(code, cycle);
            errors.general("Någon annan har sparat handlingsplanen efter att du öppnade den (nu version "
                    + now.revision() + "), så din ändring sparades inte. Dina uppgifter finns kvar nedan: jämför med"
                    + " den senaste versionen i en ny flik, för över det som saknas och spara igen.");
            return render(model, me, code, now, mode(me, code, now), form, errors, List.of());
        } catch (ValidationException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            reader.refused(refused, null, null);
            return render(model, me, code, state, mode, form, errors, List.of());
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/kommuner/{kod}/handlingsplan")
                        .queryParam("cykel", cycle.cycleId())
                        .queryParam("sparad", revision)
                        .buildAndExpand(code)
                        .encode()
                        .toUriString();
    }

    /** The submitted plan, or null when the reader's errors say why not. */
    private ActionPlan read(PlanReader reader, Mode mode, String code, State state) {
        try {
            return mode == Mode.FOLLOW_UP
                    ? reader.followUp(state.plan())
                    : reader.planning(code, state.plan(), indicatorIds(state));
        } catch (ValidationException refused) {
            reader.refused(refused, null, null);
            return null;
        }
    }

    /** Adds or removes a goal or an activity in the form, without saving anything. */
    private String change(
            Model model,
            HttpServletResponse response,
            WorkspaceUser me,
            String code,
            State state,
            Mode mode,
            PlanForm form,
            String action) {
        PlanErrors errors = new PlanErrors();
        List<Notice> notices = new ArrayList<>();
        Matcher remove = REMOVE.matcher(action);
        if (mode != Mode.PLANNING) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.general("I steg 5 följer ni upp planen; mål och aktiviteter läggs till eller tas bort i steg 4.");
        } else if (action.equals("addGoal")) {
            if (form.getGoals().size() >= MAX_GOALS) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                errors.general("En handlingsplan kan ha högst " + MAX_GOALS + " mål.");
            } else {
                form.addGoal();
                notices.add(new Notice(
                        "info",
                        "Ett tomt mål har lagts till sist bland målen. Inget är sparat förrän du trycker Spara."));
            }
        } else if (action.equals("addActivity")) {
            if (form.getActivities().size() >= MAX_ACTIVITIES) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                errors.general("En handlingsplan kan ha högst " + MAX_ACTIVITIES + " aktiviteter.");
            } else {
                form.addActivity();
                notices.add(new Notice(
                        "info",
                        "En tom aktivitet har lagts till sist bland aktiviteterna. Inget är sparat förrän du trycker"
                                + " Spara."));
            }
        } else if (remove.matches()) {
            int index = Integer.parseInt(remove.group(2));
            if (remove.group(1).equals("removeGoal")) {
                form.removeGoal(index);
                notices.add(new Notice(
                        "info",
                        PlanReader.goalLabel(index)
                                + " är borttaget ur formuläret. Tryck Spara för att ta bort det ur handlingsplanen."));
            } else {
                form.removeActivity(index);
                notices.add(new Notice(
                        "info",
                        "Aktivitet " + (index + 1)
                                + " är borttagen ur formuläret. Tryck Spara för att ta bort den ur handlingsplanen."));
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.general("Okänd knapp; inget ändrades.");
        }
        return render(model, me, code, state, mode, form, errors, notices);
    }

    /** The stored plan's form with the submitted follow-up of its activities and goals, and nothing else. */
    private static PlanForm followUpForm(State state, PlanForm submitted) {
        PlanForm form = PlanForm.of(state.plan(), state.revision());
        form.setBaseRevision(submitted.getBaseRevision());
        Map<String, ActivityRow> byId = new HashMap<>();
        for (ActivityRow row : submitted.getActivities()) {
            byId.putIfAbsent(PlanReader.text(row.getId()), row);
        }
        for (ActivityRow row : form.getActivities()) {
            ActivityRow typed = byId.get(row.getId());
            row.setStatus(typed == null ? "" : typed.getStatus());
            row.setFollowUpComment(typed == null ? "" : typed.getFollowUpComment());
        }
        List<OutcomeRow> outcomes = new ArrayList<>();
        for (var goal : state.plan().goals()) {
            for (OutcomeRow row : submitted.getOutcomes()) {
                if (goal.id().equals(row.getGoalId())) {
                    outcomes.add(row);
                }
            }
        }
        form.setOutcomes(outcomes);
        return form;
    }

    /** A message when the submission has more rows than a plan may have, before anything is bound. */
    static String tooMany(HttpServletRequest request) {
        Map<String, Integer> highest = new HashMap<>();
        for (String name : request.getParameterMap().keySet()) {
            Matcher row = ROW.matcher(name);
            if (!row.find()) {
                continue;
            }
            String index = row.group(2);
            if (!index.matches("\\d{1,7}")) {
                return "Formuläret kunde inte läsas, så inget sparades. Ladda om sidan och försök igen.";
            }
            highest.merge(row.group(1), Integer.parseInt(index), Math::max);
        }
        if (highest.getOrDefault("goals", -1) >= MAX_GOALS) {
            return "En handlingsplan kan ha högst " + MAX_GOALS + " mål, så inget sparades.";
        }
        if (highest.getOrDefault("activities", -1) >= MAX_ACTIVITIES) {
            return "En handlingsplan kan ha högst " + MAX_ACTIVITIES + " aktiviteter, så inget sparades.";
        }
        if (highest.getOrDefault("outcomes", -1) >= MAX_OUTCOMES) {
            return "En handlingsplan kan ha högst " + MAX_OUTCOMES + " mätningar av sina mål, så inget sparades.";
        }
        return null;
    }

    private void prefill(String methodId, Mode mode, PlanForm form, List<Notice> notices) {
        if (!PlanMethods.validId(methodId)) {
            notices.add(
                    new Notice(
                            "warning",
                            "Länken till metoden är ogiltig, så ingen aktivitet förifylldes. Välj metoden i metodbanken igen."));
            return;
        }
        var method = methods.find(methodId);
        if (method.isEmpty()) {
            notices.add(new Notice(
                    "warning", "Metoden ”" + methodId + "” finns inte i metodbanken, så ingen aktivitet förifylldes."));
            return;
        }
        if (mode != Mode.PLANNING) {
            notices.add(new Notice(
                    "warning",
                    "Metoden ”" + method.get().name() + "” kan inte läggas till nu: aktiviteter planeras medan"
                            + " cykeln väntar på uppgiften ”Planera insatser med programteori”."));
            return;
        }
        if (form.getActivities().size() >= MAX_ACTIVITIES) {
            notices.add(new Notice("warning", "En handlingsplan kan ha högst " + MAX_ACTIVITIES + " aktiviteter."));
            return;
        }
        ActivityRow row = form.addActivity();
        String name = method.get().name();
        row.setTitle(name.length() > PlanReader.NAME_MAX ? name.substring(0, PlanReader.NAME_MAX) : name);
        row.setMethodId(method.get().id());
        row.setAmbitionLevel(AmbitionLevel.AVANCERAD.name());
        notices.add(new Notice(
                "info",
                "Aktivitet " + form.getActivities().size() + " är förifylld med metoden ”" + name
                        + "”. Fyll i resten och tryck Spara."));
    }

    private State state(String code, PlanCycle cycle) {
        List<ActionPlanRevision> history = plans.history(cycle.cycleId());
        Optional<ActionPlanRevision> latest =
                history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        Optional<SituationPictureRevision> picture = pictures.latest(cycle.cycleId())
                .filter(p -> p.picture().status() == PictureStatus.AGREED)
                .or(() -> pictures.latestAgreed(code));
        Map<String, Indicator> byId = new LinkedHashMap<>();
        List<IndicatorOption> options = new ArrayList<>();
        picture.ifPresent(p -> p.picture().indicators().forEach(indicator -> {
            byId.put(indicator.id(), indicator);
            options.add(new IndicatorOption(indicator.id(), indicator.name()));
        }));
        latest.ifPresent(l -> l.plan().goals().forEach(goal -> {
            if (!byId.containsKey(goal.indicatorId())
                    && options.stream().noneMatch(o -> o.id().equals(goal.indicatorId()))) {
                options.add(
                        new IndicatorOption(goal.indicatorId(), goal.indicatorId() + " (finns inte i lägesbilden)"));
            }
        }));
        return new State(cycle, latest, history, options, byId);
    }

    private static Set<String> indicatorIds(State state) {
        Set<String> ids = new LinkedHashSet<>();
        state.indicators().forEach(option -> ids.add(option.id()));
        return ids;
    }

    private static Mode mode(WorkspaceUser me, String code, State state) {
        if (!me.mayEdit(code) || !state.cycle().open()) {
            return Mode.READ_ONLY;
        }
        return state.cycle().followUp() && state.latest().isPresent() ? Mode.FOLLOW_UP : Mode.PLANNING;
    }

    private static String readOnlyReason(WorkspaceUser me, String code, State state) {
        if (!me.mayEdit(code)) {
            return "Du kan läsa handlingsplanen. Samordnaren och kommunteamet skriver den.";
        }
        if (state.cycle().processInstanceId() == null) {
            return "Det här är handlingsplanen från en tidigare cykel. Den kan inte längre ändras.";
        }
        return "Handlingsplanen skrivs medan cykeln väntar på uppgiften ”Planera insatser med programteori” eller"
                + " ”Arbeta om förslaget till mål”, och följs upp under ”Följ upp aktiviteter och mål”. Cykeln är nu"
                + " i ett annat skede.";
    }

    private static Integer revisionOf(String typed) {
        String text = PlanReader.text(typed).strip();
        return text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
    }

    private String choices(Model model, String code, List<PlanCycle> choices) {
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute(
                "choices",
                choices.stream()
                        .map(c -> new CycleChoice(
                                c.cycleId(),
                                c.label(),
                                c.open() ? taskName(c.planTaskKey()) : "ingen planuppgift öppen"))
                        .toList());
        return VIEW;
    }

    private String render(
            Model model,
            WorkspaceUser me,
            String code,
            State state,
            Mode mode,
            PlanForm form,
            PlanErrors errors,
            List<Notice> notices) {
        boolean editor = me.mayEdit(code);
        ActionPlan plan = state.plan();
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("cycle", state.cycle());
        model.addAttribute("mode", mode.name());
        model.addAttribute("readOnlyReason", mode == Mode.READ_ONLY ? readOnlyReason(me, code, state) : null);
        model.addAttribute(
                "taskName", state.cycle().open() ? taskName(state.cycle().planTaskKey()) : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("notices", notices);
        model.addAttribute("plan", plan);
        model.addAttribute("revision", state.revision());
        model.addAttribute("revisions", revisions(state));
        model.addAttribute("indicators", state.indicators());
        model.addAttribute("departments", Department.values());
        model.addAttribute("levels", PreventionLevel.values());
        model.addAttribute("kinds", PreventionKind.values());
        model.addAttribute("ambitions", AmbitionLevel.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute(
                "formMethods",
                form.getActivities().stream()
                        .map(row -> methodLink(row.getMethodId()))
                        .toList());
        model.addAttribute("goalViews", plan == null ? List.of() : goalViews(plan, state, !editor));
        model.addAttribute("activityViews", plan == null ? List.of() : activityViews(plan));
        model.addAttribute("earlierTurns", cycles.earlierTurns(state.cycle()));
        model.addAttribute(
                "taskUrl",
                cycles.usersTask(state.cycle())
                        .map(id -> webappPath + "/app/tasklist/default/#/?task=" + id)
                        .orElse(null));
        model.addAttribute("maxGoals", MAX_GOALS);
        model.addAttribute("maxActivities", MAX_ACTIVITIES);
        return VIEW;
    }

    private List<RevisionLine> revisions(State state) {
        Map<String, String> authors = new HashMap<>();
        List<RevisionLine> lines = new ArrayList<>();
        for (int i = state.history().size() - 1; i >= 0; i--) {
            ActionPlanRevision revision = state.history().get(i);
            String author = authors.computeIfAbsent(
                    revision.author(),
                    id -> cycles.asServer(() -> users.load(id).displayName()));
            lines.add(new RevisionLine(revision.revision(), author, dates.dateTime(revision.recordedAt())));
        }
        return lines;
    }

    private MethodLink methodLink(String methodId) {
        String id = PlanReader.text(methodId).strip();
        if (id.isEmpty()) {
            return null;
        }
        return methods.find(id)
                .map(m -> new MethodLink(m.id(), m.name(), m.path()))
                .orElse(new MethodLink(id, id, null));
    }

    private List<ActivityView> activityViews(ActionPlan plan) {
        List<ActivityView> views = new ArrayList<>();
        for (int i = 0; i < plan.activities().size(); i++) {
            Activity activity = plan.activities().get(i);
            ProductionFollowUp followUp = plan.productionFollowUps().stream()
                    .filter(f -> f.activityId().equals(activity.id()))
                    .findFirst()
                    .orElse(null);
            views.add(new ActivityView(
                    i + 1,
                    activity,
                    methodLink(activity.methodId()),
                    followUp == null ? "Inte uppföljd ännu" : followUp.status().label(),
                    followUp == null ? null : followUp.comment()));
        }
        return views;
    }

    private List<GoalView> goalViews(ActionPlan plan, State state, boolean protectSmallCounts) {
        List<GoalView> views = new ArrayList<>();
        List<GoalProgress> progress = plan.goalProgress();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            GoalProgress p = progress.get(i);
            Indicator indicator = state.indicatorsById().get(goal.indicatorId());
            List<OutcomeFollowUp> measured = plan.outcomeFollowUps().stream()
                    .filter(f -> f.goalId().equals(goal.id()))
                    .sorted(java.util.Comparator.comparing(OutcomeFollowUp::measuredAt))
                    .toList();
            boolean protect = protectSmallCounts
                    && indicator != null
                    && indicator.personBased()
                    && indicator.unit() != null
                    && indicator.unit().count()
                    && (Suppression.small(goal.baseline())
                            || Suppression.small(goal.target())
                            || measured.stream().anyMatch(m -> Suppression.small(m.measuredValue())));
            views.add(new GoalView(
                    i + 1,
                    goal.id(),
                    goal.description(),
                    indicator == null ? goal.indicatorId() : indicator.name(),
                    shown(goal.baseline(), protect),
                    shown(goal.target(), protect),
                    dates.date(goal.deadline()),
                    progressStatus(p),
                    protect ? "Siffrorna visas inte: färre än 5 personer." : progressText(p),
                    measured.stream()
                            .map(m -> new MeasurementView(
                                    shown(m.measuredValue(), protect), dates.date(m.measuredAt()), m.comment()))
                            .toList()));
        }
        return views;
    }

    private static String shown(BigDecimal value, boolean protect) {
        if (protect && Suppression.small(value)) {
            return "färre än 5";
        }
        return protect ? "dolt för att skydda små tal" : PlanForm.number(value);
    }

    /** The goal's progress status in Swedish words, not only a colour. */
    static String progressStatus(GoalProgress progress) {
        if (progress.latest() == null) {
            return "Inte mätt ännu";
        }
        return switch (progress.status()) {
            case NOT_STARTED -> "Ingen förändring ännu";
            case ON_TRACK -> "På väg mot målet";
            case ACHIEVED -> "Målet är nått";
            case WORSENING -> "Går åt fel håll";
        };
    }

    private String progressText(GoalProgress progress) {
        String span = "från " + PlanForm.number(progress.baseline()) + " till " + PlanForm.number(progress.target());
        if (progress.latest() == null) {
            return "Målet går " + span + "; ingen mätning är gjord ännu.";
        }
        BigDecimal percent = progress.fraction().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP);
        return "Målet går " + span + ". Senaste mätningen " + dates.date(progress.latestMeasuredAt()) + " visade "
                + PlanForm.number(progress.latest()) + ", " + percent.toPlainString() + " % av vägen.";
    }

    static String taskName(String taskKey) {
        if (taskKey == null) {
            return null;
        }
        return switch (taskKey) {
            case PlanCycles.PLAN_TASK -> "Planera insatser med programteori";
            case PlanCycles.REVISE_TASK -> "Arbeta om förslaget till mål";
            case PlanCycles.FOLLOW_UP_TASK -> "Följ upp aktiviteter och mål";
            default -> taskKey;
        };
    }
}
