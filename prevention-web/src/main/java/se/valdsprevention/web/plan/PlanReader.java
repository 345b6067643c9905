package se.valdsprevention.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.ActivityStatus;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.plan.ProgrammeTheory;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.plan.PlanForm.ActivityRow;
import se.valdsprevention.web.plan.PlanForm.GoalRow;
import se.valdsprevention.web.plan.PlanForm.OutcomeRow;

/**
 * Reads a submitted plan form into an {@link ActionPlan}, or says in Swedish what is wrong, next to which field.
 * It checks what users commonly get wrong itself (empty fields, numbers, dates, lengths); whatever else the domain
 * type refuses is shown at the field its path names, for example {@code activities[1].programmeTheory.why} at
 * "Aktivitet 2 (Föräldrastöd): Varför".
 */
final class PlanReader {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final BigDecimal NUMBER_MAX = new BigDecimal("1000000000000");

    private static final String SAME_ID =
            "Formuläret har två block med samma id. Ladda om sidan och skriv in ändringen igen.";
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern PATH =
            Pattern.compile("(goals|activities|productionFollowUps|outcomeFollowUps)\\[(\\d+)\\]\\.?(.*)");
    private static final Map<String, String> GOAL_FIELDS = Map.of(
            "id", "description",
            "description", "description",
            "indicatorId", "indicator",
            "baseline", "baseline",
            "target", "target",
            "deadline", "deadline");
    private static final Map<String, String> ACTIVITY_FIELDS = new LinkedHashMap<>();

    static {
        ACTIVITY_FIELDS.put("id", "title");
        ACTIVITY_FIELDS.put("title", "title");
        ACTIVITY_FIELDS.put("department", "department");
        ACTIVITY_FIELDS.put("responsibleRole", "role");
        ACTIVITY_FIELDS.put("period", "start");
        ACTIVITY_FIELDS.put("period.start", "start");
        ACTIVITY_FIELDS.put("period.end", "end");
        ACTIVITY_FIELDS.put("resources", "sek");
        ACTIVITY_FIELDS.put("resources.sek", "sek");
        ACTIVITY_FIELDS.put("resources.hours", "hours");
        ACTIVITY_FIELDS.put("decisionReference", "decision");
        ACTIVITY_FIELDS.put("preventionLevel", "level");
        ACTIVITY_FIELDS.put("preventionKind", "kind");
        ACTIVITY_FIELDS.put("ambitionLevel", "ambition");
        ACTIVITY_FIELDS.put("programmeTheory", "why");
        ACTIVITY_FIELDS.put("programmeTheory.why", "why");
        ACTIVITY_FIELDS.put("programmeTheory.how", "how");
        ACTIVITY_FIELDS.put("programmeTheory.shortTermOutcomes", "short");
        ACTIVITY_FIELDS.put("programmeTheory.longTermOutcomes", "long");
        ACTIVITY_FIELDS.put("methodId", "method");
    }

    /** The Swedish label of each field of a goal, by the suffix of its element id. */
    static final Map<String, String> GOAL_LABELS = Map.of(
            "description", "Beskrivning",
            "indicator", "Indikator",
            "baseline", "Utgångsvärde",
            "target", "Målvärde",
            "deadline", "Senast");

    /** The Swedish label of each field of an activity, by the suffix of its element id. */
    static final Map<String, String> ACTIVITY_LABELS = Map.ofEntries(
            Map.entry("title", "Titel"),
            Map.entry("department", "Verksamhet"),
            Map.entry("role", "Ansvarig roll"),
            Map.entry("start", "Startdatum"),
            Map.entry("end", "Slutdatum"),
            Map.entry("sek", "Kostnad i kronor"),
            Map.entry("hours", "Arbetstid i timmar"),
            Map.entry("decision", "Beslut (id)"),
            Map.entry("level", "Preventionsnivå"),
            Map.entry("kind", "Social eller situationell"),
            Map.entry("ambition", "Ambitionsnivå"),
            Map.entry("why", "Varför"),
            Map.entry("how", "Hur"),
            Map.entry("short", "Kortsiktiga resultat"),
            Map.entry("long", "Långsiktiga resultat"),
            Map.entry("method", "Metod"),
            Map.entry("status", "Status"),
            Map.entry("comment", "Vad gjordes?"));

    private final SwedishDates dates;
    private final PlanForm form;
    private final PlanErrors errors;

    PlanReader(SwedishDates dates, PlanForm form, PlanErrors errors) {
        this.dates = dates;
        this.form = form;
        this.errors = errors;
    }

    /**
     * The plan as written in steps 4 and 5 (planning, or revising the goals): vision, period, goals and
     * activities from the form; the follow-ups of {@code base} are kept for the goals and activities that remain.
     *
     * @param indicatorIds the indicators a goal may be measured by
     * @return the plan, or null when {@link PlanErrors} holds why not
     */
    ActionPlan planning(String code, ActionPlan base, Set<String> indicatorIds) {
        String vision = requireText(form.getVision(), "vision", "Vision", TEXT_MAX);
        LocalDate start = date(form.getPeriodStart(), "period-start", "Planens period: Från", true);
        LocalDate end = date(form.getPeriodEnd(), "period-end", "Planens period: Till", true);
        ReportingPeriod typedPeriod = null;
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add("period-end", "Planens period: Till", "Slutdatumet får inte vara före startdatumet.");
            } else {
                typedPeriod = new ReportingPeriod(start, end);
            }
        }
        ReportingPeriod period = typedPeriod;
        List<Goal> goals = new ArrayList<>();
        Set<String> goalIds = new HashSet<>();
        for (int i = 0; i < form.getGoals().size(); i++) {
            int index = i;
            Goal goal = checked("goals", i, () -> goal(index, form.getGoals().get(index), indicatorIds));
            if (goal != null && !goalIds.add(goal.id())) {
                errors.add("goal-" + i + "-description", goalLabel(i), SAME_ID);
            } else if (goal != null) {
                goals.add(goal);
            }
        }
        List<Activity> activities = new ArrayList<>();
        Set<String> activityIds = new HashSet<>();
        for (int i = 0; i < form.getActivities().size(); i++) {
            int index = i;
            Activity activity = checked(
                    "activities", i, () -> activity(index, form.getActivities().get(index), period));
            if (activity != null && !activityIds.add(activity.id())) {
                errors.add("activity-" + i + "-title", activityLabel(i, activity.title()), SAME_ID);
            } else if (activity != null) {
                activities.add(activity);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<ProductionFollowUp> production = base == null
                ? List.of()
                : base.productionFollowUps().stream()
                        .filter(f -> activityIds.contains(f.activityId()))
                        .toList();
        List<OutcomeFollowUp> outcomes = base == null
                ? List.of()
                : base.outcomeFollowUps().stream()
                        .filter(f -> goalIds.contains(f.goalId()))
                        .toList();
        return build(() -> new ActionPlan(code, period, vision, goals, activities, production, outcomes), null, null);
    }

    /**
     * The stored plan {@code base} with the follow-up of step 5 from the form: the status of each activity and
     * what was done, and the measurements of each goal's indicator. Nothing else of the plan changes here.
     *
     * @return the plan, or null when {@link PlanErrors} holds why not
     */
    ActionPlan followUp(ActionPlan base) {
        Map<String, Integer> activityIndex = new LinkedHashMap<>();
        for (int i = 0; i < base.activities().size(); i++) {
            activityIndex.put(base.activities().get(i).id(), i);
        }
        Map<String, Integer> goalIndex = new LinkedHashMap<>();
        for (int i = 0; i < base.goals().size(); i++) {
            goalIndex.put(base.goals().get(i).id(), i);
        }
        List<ProductionFollowUp> production = new ArrayList<>();
        List<Integer> productionRows = new ArrayList<>();
        Set<String> followedUp = new HashSet<>();
        for (ActivityRow row : form.getActivities()) {
            Integer index = activityIndex.get(text(row.getId()));
            if (index == null || !followedUp.add(row.getId())) {
                continue;
            }
            String label = activityLabel(index, base.activities().get(index).title());
            String prefix = "activity-" + index + "-";
            String comment = optionalText(row.getFollowUpComment(), prefix + "comment", label + ": Vad gjordes?");
            ActivityStatus status =
                    choice(row.getStatus(), ActivityStatus.class, prefix + "status", label + ": Status", false);
            if (status == null) {
                continue;
            }
            if (status == ActivityStatus.CANCELLED && comment == null) {
                errors.add(prefix + "comment", label + ": Vad gjordes?", "Skriv varför aktiviteten ställdes in.");
                continue;
            }
            production.add(new ProductionFollowUp(row.getId(), status, comment));
            productionRows.add(index);
        }
        List<OutcomeFollowUp> outcomes = new ArrayList<>();
        List<Integer> outcomeRows = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        Map<String, Integer> perGoal = new LinkedHashMap<>();
        for (int j = 0; j < form.getOutcomes().size(); j++) {
            OutcomeRow row = form.getOutcomes().get(j);
            Integer goal = goalIndex.get(text(row.getGoalId()));
            if (goal == null) {
                continue;
            }
            int number = perGoal.merge(row.getGoalId(), 1, Integer::sum);
            if (text(row.getValue()).isBlank() && text(row.getDate()).isBlank()) {
                if (!text(row.getComment()).isBlank()) {
                    errors.add(
                            "outcome-" + j + "-value",
                            outcomeLabel(goal, number) + ": Uppmätt värde",
                            "Skriv det uppmätta värdet och mätdatumet, eller töm kommentaren.");
                }
                continue;
            }
            String label = outcomeLabel(goal, number);
            BigDecimal value = number(row.getValue(), "outcome-" + j + "-value", label + ": Uppmätt värde", false);
            LocalDate at = date(row.getDate(), "outcome-" + j + "-date", label + ": Mätdatum", true);
            String comment = optionalText(row.getComment(), "outcome-" + j + "-comment", label + ": Kommentar");
            if (value == null || at == null) {
                continue;
            }
            if (!measured.add(row.getGoalId() + "@" + at)) {
                errors.add(
                        "outcome-" + j + "-date",
                        label + ": Mätdatum",
                        "Målet har redan en mätning detta datum; ändra den i stället.");
                continue;
            }
            outcomes.add(new OutcomeFollowUp(row.getGoalId(), value, at, comment));
            outcomeRows.add(j);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return build(
                () -> new ActionPlan(
                        base.municipalityCode(),
                        base.period(),
                        base.vision(),
                        base.goals(),
                        base.activities(),
                        production,
                        outcomes),
                productionRows,
                outcomeRows);
    }

    /** A goal or activity of the form, or null when the domain type refuses it: shown at its fields. */
    private <T> T checked(String list, int index, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException refusal) {
            refused(refusal.prefixed(list + "[" + index + "]"), null, null);
            return null;
        }
    }

    /** Shows a refusal of the domain type at the fields its paths name. */
    void refused(ValidationException refusal, List<Integer> productionRows, List<Integer> outcomeRows) {
        for (Violation violation : refusal.violations()) {
            place(violation, productionRows, outcomeRows);
        }
    }

    private ActionPlan build(
            java.util.function.Supplier<ActionPlan> plan, List<Integer> productionRows, List<Integer> outcomeRows) {
        try {
            return plan.get();
        } catch (ValidationException refusal) {
            refused(refusal, productionRows, outcomeRows);
            return null;
        }
    }

    private void place(Violation violation, List<Integer> productionRows, List<Integer> outcomeRows) {
        String path = violation.path();
        String message = violation.message();
        if (path.equals("vision")) {
            errors.add("vision", "Vision", message);
            return;
        }
        if (path.startsWith("period")) {
            boolean end = path.endsWith("end");
            errors.add(
                    end ? "period-end" : "period-start",
                    end ? "Planens period: Till" : "Planens period: Från",
                    message);
            return;
        }
        var matcher = PATH.matcher(path);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(2));
            String rest = matcher.group(3);
            switch (matcher.group(1)) {
                case "goals" -> {
                    String field = GOAL_FIELDS.getOrDefault(rest, "description");
                    errors.add(
                            "goal-" + index + "-" + field, goalLabel(index) + ": " + GOAL_LABELS.get(field), message);
                    return;
                }
                case "activities" -> {
                    String field = ACTIVITY_FIELDS.getOrDefault(rest, "title");
                    errors.add(
                            "activity-" + index + "-" + field,
                            activityLabel(index, titleAt(index)) + ": " + ACTIVITY_LABELS.get(field),
                            message);
                    return;
                }
                case "productionFollowUps" -> {
                    if (productionRows != null && index < productionRows.size()) {
                        int row = productionRows.get(index);
                        String field = rest.equals("comment") ? "comment" : "status";
                        errors.add(
                                "activity-" + row + "-" + field,
                                activityLabel(row, titleAt(row)) + ": " + ACTIVITY_LABELS.get(field),
                                message);
                        return;
                    }
                }
                case "outcomeFollowUps" -> {
                    if (outcomeRows != null && index < outcomeRows.size()) {
                        int row = outcomeRows.get(index);
                        String field =
                                rest.startsWith("measuredAt") ? "date" : rest.equals("comment") ? "comment" : "value";
                        errors.add("outcome-" + row + "-" + field, "Mätning " + (row + 1), message);
                        return;
                    }
                }
                default -> {}
            }
        }
        errors.general(path.isEmpty() ? message : path + ": " + message);
    }

    private Goal goal(int i, GoalRow row, Set<String> indicatorIds) {
        String label = goalLabel(i);
        String prefix = "goal-" + i + "-";
        String description =
                requireText(row.getDescription(), prefix + "description", label + ": Beskrivning", TEXT_MAX);
        String indicator = text(row.getIndicatorId()).strip();
        if (indicator.isEmpty()) {
            errors.add(
                    prefix + "indicator",
                    label + ": Indikator",
                    "Välj den indikator i lägesbilden som målet mäts med.");
            indicator = null;
        } else if (!indicatorIds.contains(indicator)) {
            errors.add(prefix + "indicator", label + ": Indikator", "Välj en indikator ur cykelns lägesbild.");
            indicator = null;
        }
        BigDecimal baseline = number(row.getBaseline(), prefix + "baseline", label + ": Utgångsvärde", false);
        BigDecimal target = number(row.getTarget(), prefix + "target", label + ": Målvärde", false);
        if (baseline != null && target != null && baseline.compareTo(target) == 0) {
            errors.add(prefix + "target", label + ": Målvärde", "Målvärdet måste skilja sig från utgångsvärdet.");
            target = null;
        }
        LocalDate deadline = date(row.getDeadline(), prefix + "deadline", label + ": Senast", true);
        String id = id(row.getId(), prefix + "description", label + ": Beskrivning");
        if (id == null
                || description == null
                || indicator == null
                || baseline == null
                || target == null
                || deadline == null) {
            return null;
        }
        return new Goal(id, description, indicator, baseline, target, deadline);
    }

    private Activity activity(int i, ActivityRow row, ReportingPeriod planPeriod) {
        String label = activityLabel(i, row.getTitle());
        String prefix = "activity-" + i + "-";
        String title = requireText(row.getTitle(), prefix + "title", label + ": Titel", NAME_MAX);
        Department department =
                choice(row.getDepartment(), Department.class, prefix + "department", label + ": Verksamhet", true);
        String role = requireText(row.getResponsibleRole(), prefix + "role", label + ": Ansvarig roll", NAME_MAX);
        LocalDate start = date(row.getStart(), prefix + "start", label + ": Startdatum", true);
        LocalDate end = date(row.getEnd(), prefix + "end", label + ": Slutdatum", true);
        ReportingPeriod period = null;
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(prefix + "end", label + ": Slutdatum", "Slutdatumet får inte vara före startdatumet.");
            } else {
                period = new ReportingPeriod(start, end);
                if (planPeriod != null && !planPeriod.encloses(period)) {
                    errors.add(
                            prefix + "start",
                            label + ": Startdatum",
                            "Aktiviteten måste ligga inom planens period " + planPeriod.start() + "–" + planPeriod.end()
                                    + ".");
                    period = null;
                }
            }
        }
        BigDecimal sek = number(row.getSek(), prefix + "sek", label + ": Kostnad i kronor", true);
        BigDecimal hours = number(row.getHours(), prefix + "hours", label + ": Arbetstid i timmar", true);
        String decision = text(row.getDecisionReference()).strip();
        if (!decision.isEmpty() && !PlanMethods.validId(decision)) {
            errors.add(
                    prefix + "decision",
                    label + ": Beslut (id)",
                    "Ett besluts id består av högst 64 bokstäver (a–z), siffror, punkt, bindestreck eller understreck.");
        }
        PreventionLevel level = choice(
                row.getPreventionLevel(), PreventionLevel.class, prefix + "level", label + ": Preventionsnivå", true);
        PreventionKind kind = choice(
                row.getPreventionKind(),
                PreventionKind.class,
                prefix + "kind",
                label + ": Social eller situationell",
                true);
        AmbitionLevel ambition = choice(
                row.getAmbitionLevel(), AmbitionLevel.class, prefix + "ambition", label + ": Ambitionsnivå", true);
        String why = requireText(row.getWhy(), prefix + "why", label + ": Varför", TEXT_MAX);
        String how = requireText(row.getHow(), prefix + "how", label + ": Hur", TEXT_MAX);
        String shortTerm =
                requireText(row.getShortTerm(), prefix + "short", label + ": Kortsiktiga resultat", TEXT_MAX);
        String longTerm = requireText(row.getLongTerm(), prefix + "long", label + ": Långsiktiga resultat", TEXT_MAX);
        String method = text(row.getMethodId()).strip();
        if (!method.isEmpty() && !PlanMethods.validId(method)) {
            errors.add(
                    prefix + "method", label + ": Metod", "Metodens id är ogiltigt; välj metoden i metodbanken igen.");
        }
        String id = id(row.getId(), prefix + "title", label + ": Titel");
        if (!errors.isEmpty()) {
            return null;
        }
        return new Activity(
                id,
                title,
                department,
                role,
                period,
                new Resources(sek, hours),
                decision,
                level,
                kind,
                ambition,
                new ProgrammeTheory(why, how, shortTerm, longTerm),
                method);
    }

    private String id(String value, String fieldId, String label) {
        String id = text(value).strip();
        if (!PlanMethods.validId(id)) {
            errors.add(fieldId, label, "Formuläret saknar blockets id. Ladda om sidan och försök igen.");
            return null;
        }
        return id;
    }

    private String requireText(String value, String fieldId, String label, int max) {
        String text = text(value);
        if (text.isBlank()) {
            int colon = label.lastIndexOf(": ");
            errors.add(fieldId, label, "Fyll i ”" + (colon < 0 ? label : label.substring(colon + 2)) + "”.");
            return null;
        }
        if (text.length() > max) {
            errors.add(fieldId, label, tooLong(max, text.length()));
            return null;
        }
        return text;
    }

    private String optionalText(String value, String fieldId, String label) {
        String text = text(value);
        if (text.isBlank()) {
            return null;
        }
        if (text.length() > TEXT_MAX) {
            errors.add(fieldId, label, tooLong(TEXT_MAX, text.length()));
            return null;
        }
        return text;
    }

    private static String tooLong(int max, int length) {
        return "Texten får vara högst "
                + String.format(java.util.Locale.ROOT, "%,d", max).replace(',', ' ') + " tecken; den är nu "
                + String.format(java.util.Locale.ROOT, "%,d", length).replace(',', ' ') + ".";
    }

    private BigDecimal number(String value, String fieldId, String label, boolean nonNegative) {
        String typed = text(value)
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(',', '.');
        if (typed.isEmpty()) {
            errors.add(fieldId, label, "Fyll i ett tal, till exempel 25000.");
            return null;
        }
        if (!NUMBER.matcher(typed).matches()) {
            errors.add(fieldId, label, "Skriv ett tal med siffror, till exempel 25000 eller 12,5.");
            return null;
        }
        BigDecimal number = new BigDecimal(typed);
        if (nonNegative && number.signum() < 0) {
            errors.add(fieldId, label, "Talet får inte vara negativt.");
            return null;
        }
        if (number.abs().compareTo(NUMBER_MAX) >= 0) {
            errors.add(fieldId, label, "Talet är orimligt stort.");
            return null;
        }
        return number;
    }

    private LocalDate date(String value, String fieldId, String label, boolean required) {
        try {
            var date = dates.parse(text(value));
            if (date.isEmpty() && required) {
                errors.add(fieldId, label, "Fyll i ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.");
            }
            return date.orElse(null);
        } catch (IllegalArgumentException refused) {
            errors.add(fieldId, label, refused.getMessage());
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String value, Class<E> type, String fieldId, String label, boolean required) {
        String typed = text(value).strip();
        if (typed.isEmpty()) {
            if (required) {
                errors.add(fieldId, label, "Välj ett alternativ i listan.");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed)) {
                return constant;
            }
        }
        errors.add(fieldId, label, "Välj ett av alternativen i listan.");
        return null;
    }

    private String titleAt(int index) {
        return index < form.getActivities().size()
                ? form.getActivities().get(index).getTitle()
                : "";
    }

    static String goalLabel(int index) {
        return "Mål " + (index + 1);
    }

    static String outcomeLabel(int goalIndex, int number) {
        return "Mål " + (goalIndex + 1) + ", mätning " + number;
    }

    /** "Aktivitet 2 (Föräldrastöd)": the activity's number and, when it has one, its title (shortened). */
    static String activityLabel(int index, String title) {
        String shown = text(title).strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "…";
        }
        return "Aktivitet " + (index + 1) + (shown.isEmpty() ? "" : " (" + shown + ")");
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
