package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The protocol (avstämningsprotokoll) of an open check-in as the workspace page writes it: a draft is a
 * meeting revision, and completing saves the protocol and completes "Genomför månadsavstämning" in one
 * transaction, where {@link RecordCheckIn} checks the stored protocol again.
 *
 * <p>The task's candidate group is the county officer's, while the coordinator and the team write the
 * protocol. The caller decides who may write (the page checks the user's role and municipality first);
 * the engine then acts on its own, without the user's task grants but always inside the municipality's
 * tenant and with the user as the author.
 */
public class CheckInProtocols {

    static final String PROCESS = "checkIn";
    static final String TASK = "holdCheckIn";

    /** Most lines of the summary the Tasklist form shows; the page has the rest. */
    static final int SUMMARY_MAX_ACTIONS = 30;

    private final ProcessEngine engine;
    private final MeetingRevisions meetings;
    private final TransactionTemplate transaction;

    public CheckInProtocols(
            ProcessEngine engine, MeetingRevisions meetings, PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.meetings = meetings;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The workspace page of a check-in's protocol, for example {@code /kommuner/2417/avstamningar/<id>}. */
    public static String pathOf(String municipalityCode, String processInstanceId) {
        return "/kommuner/" + municipalityCode + "/avstamningar/" + processInstanceId;
    }

    /** The municipality's check-ins waiting for their protocol, newest first. */
    public List<OpenCheckIn> openIn(String municipalityCode) {
        return asTheEngine(() -> engine
                .getTaskService()
                .createTaskQuery()
                .processDefinitionKey(PROCESS)
                .taskDefinitionKey(TASK)
                .tenantIdIn(municipalityCode)
                .active()
                .list()
                .stream()
                .map(task -> open(task, municipalityCode))
                .sorted(Comparator.comparing(OpenCheckIn::startedAt).reversed())
                .toList());
    }

    /** The open check-in of this process instance in the municipality, if it waits for its protocol. */
    public Optional<OpenCheckIn> open(String municipalityCode, String processInstanceId) {
        if (processInstanceId == null || processInstanceId.length() > 64) {
            return Optional.empty();
        }
        return asTheEngine(() -> engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(TASK)
                .tenantIdIn(municipalityCode)
                .active()
                .list()
                .stream()
                .findFirst()
                .map(task -> open(task, municipalityCode)));
    }

    /**
     * Saves the protocol as the meeting's next revision and puts its summary on the process, for the
     * Tasklist form.
     *
     * @throws StaleProtocolException when someone saved after {@code seenRevision}; nothing is saved
     */
    public MeetingRevision saveDraft(
            OpenCheckIn checkIn, Meeting protocol, int seenRevision, String author, Function<String, String> names) {
        return transaction.execute(status -> save(checkIn, protocol, seenRevision, author, names));
    }

    /**
     * Saves the protocol and completes the check-in's task in one transaction: the process records it
     * and starts a follow-up task per agreed action. A refusal of the process
     * ({@link se.valdsprevention.workflows.form.InvalidSubmissionException}) rolls everything back.
     *
     * @throws StaleProtocolException when someone saved after {@code seenRevision}; nothing is saved
     */
    public MeetingRevision complete(
            OpenCheckIn checkIn, Meeting protocol, int seenRevision, String author, Function<String, String> names) {
        return transaction.execute(status -> {
            MeetingRevision saved = save(checkIn, protocol, seenRevision, author, names);
            asTheEngine(() -> {
                engine.getTaskService().complete(checkIn.taskId());
                return null;
            });
            return saved;
        });
    }

    /** The Swedish summary of a protocol that the Tasklist form shows, members by their names. */
    public static String summary(Meeting meeting, Function<String, String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("Datum: " + meeting.date());
        for (AttendanceStatus status : AttendanceStatus.values()) {
            List<String> who = meeting.attendance().stream()
                    .filter(a -> a.status() == status)
                    .map(a -> attendee(a, names))
                    .toList();
            if (!who.isEmpty()) {
                lines.add(capitalized(status.label()) + ": " + String.join(", ", who));
            }
        }
        if (meeting.notes() != null) {
            lines.add("Anteckningar: " + Agenda.shortened(meeting.notes(), 500));
        }
        List<MeetingAction> actions = meeting.actions();
        lines.add(actions.isEmpty() ? "Inga åtgärder." : "Åtgärder (" + actions.size() + "):");
        for (int i = 0; i < Math.min(actions.size(), SUMMARY_MAX_ACTIONS); i++) {
            MeetingAction action = actions.get(i);
            lines.add((i + 1) + ". " + Agenda.shortened(action.description(), 200) + " – ansvarig "
                    + names.apply(action.assigneeMemberId()) + ", klart senast " + action.dueDate()
                    + (action.status() == ActionStatus.OPEN
                            ? ""
                            : " (" + action.status().label() + ")"));
        }
        if (actions.size() > SUMMARY_MAX_ACTIONS) {
            lines.add("… och " + (actions.size() - SUMMARY_MAX_ACTIONS) + " åtgärder till.");
        }
        return String.join("\n", lines);
    }

    private MeetingRevision save(
            OpenCheckIn checkIn, Meeting protocol, int seenRevision, String author, Function<String, String> names) {
        if (!protocol.id().equals(checkIn.meetingId())
                || !protocol.municipalityCode().equals(checkIn.municipalityCode())) {
            throw new IllegalArgumentException(
                    "The protocol is not the one of check-in " + checkIn.processInstanceId());
        }
        Optional<MeetingRevision> latest = meetings.latest(protocol.id());
        int current = latest.map(MeetingRevision::revision).orElse(0);
        if (current != seenRevision) {
            throw new StaleProtocolException(latest.orElseThrow());
        }
        MeetingRevision saved = meetings.append(protocol, author, EngineClock.now(), checkIn.processInstanceId());
        asTheEngine(() -> {
            engine.getRuntimeService()
                    .setVariables(
                            checkIn.processInstanceId(),
                            Map.of(MEETING_ID, protocol.id(), CHECK_IN_SUMMARY, summary(protocol, names)));
            return null;
        });
        return saved;
    }

    private OpenCheckIn open(Task task, String municipalityCode) {
        Map<String, Object> variables =
                engine.getRuntimeService().getVariables(task.getProcessInstanceId(), List.of(AGENDA, MEETING_ID));
        String meetingId = (String) variables.get(MEETING_ID);
        MeetingRevision draft =
                meetingId == null ? null : meetings.latest(meetingId).orElse(null);
        Object agenda = variables.get(AGENDA);
        return new OpenCheckIn(
                task.getProcessInstanceId(),
                task.getId(),
                municipalityCode,
                agenda == null ? "" : agenda.toString(),
                task.getCreateTime() == null
                        ? Instant.EPOCH
                        : task.getCreateTime().toInstant(),
                meetingId == null ? UUID.randomUUID().toString() : meetingId,
                draft);
    }

    /** Runs engine calls as the engine's own act: no task grants needed, the tenant check and the author stay. */
    private <T> T asTheEngine(Callable<T> work) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
    }

    private static String attendee(Attendance attendance, Function<String, String> names) {
        String name = names.apply(attendance.memberId());
        return attendance.status() == AttendanceStatus.SUBSTITUTE
                ? name + " (ersättare: " + attendance.substituteName() + ")"
                : name;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
