package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Records the check-in when "Genomför månadsavstämning" is completed, in the transaction that completes
 * the task; bad input keeps the task open and saves nothing. The process then keeps only the meeting's
 * id and the number of actions that route the flow.
 *
 * <p>Two ways in: the protocol written on the workspace page ({@link CheckInProtocols}) is already
 * stored as the meeting's revisions, so its latest revision is checked again ({@link StoredProtocol})
 * and recorded; a submission of the older form's fixed fields (from the REST API or a process started
 * before the page existed, recognised by its {@code meetingDate}) is read by {@link CheckInForm} and
 * saved as the meeting's next revision.
 */
public class RecordCheckIn implements JavaDelegate {

    private final MeetingRevisions meetings;
    private final TeamMembers teamMembers;

    public RecordCheckIn(MeetingRevisions meetings, TeamMembers teamMembers) {
        this.meetings = meetings;
        this.teamMembers = teamMembers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String author = CurrentUser.id()
                .orElseThrow(() -> InvalidSubmissionException.of(
                        RECORDED_BY,
                        "Avstämningen måste registreras av en inloggad användare, som blir dess författare."));
        String written = (String) execution.getVariable(MEETING_ID);
        Optional<MeetingRevision> draft = written == null ? Optional.empty() : meetings.latest(written);
        if (execution.getVariable(MEETING_DATE) == null) {
            Meeting protocol = draft.orElseThrow(() -> InvalidSubmissionException.of(
                            PROTOCOL,
                            "Avstämningsprotokollet är inte skrivet ännu. Öppna det med länken, skriv och spara det"
                                    + " innan uppgiften slutförs."))
                    .meeting();
            StoredProtocol.check(protocol, teamMembers.team(execution.getTenantId()), EngineClock.today());
            execution.setVariable(ACTION_COUNT, protocol.actions().size());
            return;
        }
        Meeting meeting = CheckInForm.read(
                execution,
                execution.getTenantId(),
                draft.isPresent() ? written : UUID.randomUUID().toString(),
                EngineClock.today());
        meetings.append(meeting, author, EngineClock.now(), execution.getProcessInstanceId());
        execution.setVariable(MEETING_ID, meeting.id());
        execution.setVariable(ACTION_COUNT, meeting.actions().size());
        List<String> answers = new java.util.ArrayList<>(List.of(MEETING_DATE, PRESENT, ABSENT, SUBSTITUTES, NOTES));
        for (int slot = 1; slot <= CheckInForm.ACTION_SLOTS; slot++) {
            for (String part : List.of("Description", "Assignee", "DueDate")) {
                answers.add(CheckInForm.actionField(slot, part));
            }
        }
        execution.removeVariables(answers);
    }
}
