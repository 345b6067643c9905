package se.valdsprevention.workflows.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.identity.Role;

/**
 * The events that notify, turned into outbox rows in the event's own transaction: a task becomes available, a
 * reminder or escalation task appears because a timer fired, a decision on the user's proposal, a member joins or
 * leaves the team. Nobody is told about what they did themselves. A mail names the task or the event, the
 * municipality and the due date, and links to Tasklist or the page; it carries nothing written in a form.
 */
public class Notifications {

    /**
     * The tasks that exist because a timer fired: a decision waiting past its reminder or escalation time, a
     * check-in due, an agreed action overdue, a step that stands still, a decision's follow-up date, a newcomer's
     * thirty days. {@code NotificationsModelTest} checks the list against the models.
     */
    public static final Set<String> REMINDER_TASKS = Set.of(
            "remindDecider",
            "escalateDecision",
            "holdCheckIn",
            "followUpOverdueAction",
            "contactStalledMunicipality",
            "followUpDecision",
            "checkInAfterThirtyDays");

    /** The task that tells a proposer the decider's verdict; its mail is a decision outcome. */
    static final String READ_OUTCOME = "readOutcome";

    private final Outbox outbox;
    private final String tasklistPath;
    private final boolean enabled;

    /**
     * @param webappPath where Camunda's webapps are served, {@code camunda.bpm.webapp.application-path}
     * @param enabled {@code prevention.notifications.enabled}: when false, no event writes anything
     */
    public Notifications(Outbox outbox, String webappPath, boolean enabled) {
        this.outbox = outbox;
        this.tasklistPath = webappPath + "/app/tasklist/default/";
        this.enabled = enabled;
    }

    /** A new task: for its assignee if it has one (told by {@link #taskAssigned}), else for its candidates. */
    void taskCreated(DelegateTask task) {
        if (!enabled || task.getAssignee() != null || task.getTenantId() == null) {
            return;
        }
        Set<String> users = Recipients.candidatesOf(task);
        CurrentUser.id().ifPresent(users::remove);
        outbox.add(about(task), users);
    }

    /** A task was given to someone; who took it themselves is not told. */
    void taskAssigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (!enabled
                || assignee == null
                || task.getTenantId() == null
                || CurrentUser.id().filter(assignee::equals).isPresent()) {
            return;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        if (!Recipients.worksFor(identity, assignee, task.getTenantId())) {
            return;
        }
        outbox.add(about(task), List.of(assignee));
    }

    /** The decider returned the proposal: the proposer finds it again among the municipality's tasks. */
    public void decisionReturned(String proposer, String municipalityCode) {
        if (!enabled
                || proposer == null
                || CurrentUser.id().filter(proposer::equals).isPresent()) {
            return;
        }
        outbox.add(
                new Notification(
                        NotificationKind.DECISION_OUTCOME,
                        municipalityCode,
                        "Ditt beslutsförslag har återremitterats",
                        tasklistPath,
                        null),
                List.of(proposer));
    }

    /**
     * A member joined ({@link NotificationKind#NEW_MEMBER}) or left ({@link NotificationKind#MEMBER_LEFT}) the
     * municipality's team: its coordinators and the county's officers are told, not the member.
     */
    public void teamChanged(
            IdentityService identity,
            NotificationKind kind,
            String municipalityCode,
            Department department,
            String memberId) {
        if (kind != NotificationKind.NEW_MEMBER && kind != NotificationKind.MEMBER_LEFT) {
            throw new IllegalArgumentException(kind + " is not a team change");
        }
        if (!enabled) {
            return;
        }
        Set<String> users = Recipients.inGroups(
                identity, List.of(Role.COORDINATOR.groupId(), Role.COUNTY_OFFICER.groupId()), municipalityCode);
        users.remove(memberId);
        CurrentUser.id().ifPresent(users::remove);
        String title = (kind == NotificationKind.NEW_MEMBER
                        ? "En ny ledamot har registrerats i kommunteamet"
                        : "En ledamot slutar i kommunteamet")
                + (department == null ? "" : " (" + department.label() + ")");
        outbox.add(new Notification(kind, municipalityCode, title, "/kommuner/" + municipalityCode, null), users);
    }

    private Notification about(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        NotificationKind kind = READ_OUTCOME.equals(key)
                ? NotificationKind.DECISION_OUTCOME
                : REMINDER_TASKS.contains(key) ? NotificationKind.REMINDER : NotificationKind.TASK_AVAILABLE;
        String title = kind == NotificationKind.DECISION_OUTCOME ? outcomeTitle(task) : modelName(task);
        LocalDate due = task.getDueDate() == null
                ? null
                : LocalDate.ofInstant(task.getDueDate().toInstant(), EngineClock.zone());
        return new Notification(kind, task.getTenantId(), title, tasklistPath + "#/?task=" + task.getId(), due);
    }

    /**
     * The task's name as the model gives it, without the parts an expression fills in at run time: those may be
     * text from a form (an agreed action's description), which a mail must not carry.
     */
    static String modelName(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        String name = element == null ? null : element.getName();
        if (name == null) {
            return task.getName() == null || task.getName().contains("${") ? "" : task.getName();
        }
        return withoutExpressions(name);
    }

    static String withoutExpressions(String name) {
        return name.replaceAll("[#$]\\{[^}]*}", "")
                .replaceAll("[\\s:,–-]+$", "")
                .strip();
    }

    private static String outcomeTitle(DelegateTask task) {
        Object outcome = task.getVariable("decisionOutcomeText");
        if ("Bifall".equals(outcome)) {
            return "Ditt beslutsförslag har bifallits";
        }
        if ("Avslag".equals(outcome)) {
            return "Ditt beslutsförslag har avslagits";
        }
        return "Besked om ditt beslutsförslag";
    }
}
