package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Saves the check-in from "Genomför månadsavstämning" as the first revision of a new meeting, in the
 * transaction that completes the task; bad input keeps the task open and saves nothing. The meeting
 * is then the document: the submitted lists leave the process, which keeps only the meeting's id
 * and the number of actions that route the flow.
 */
public class RecordCheckIn implements JavaDelegate {

    private final MeetingRevisions meetings;

    public RecordCheckIn(MeetingRevisions meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String author = CurrentUser.id()
                .orElseThrow(() -> InvalidSubmissionException.of(
                        RECORDED_BY,
                        "Avstämningen måste registreras av en inloggad användare, som blir dess författare."));
        Meeting meeting = CheckInForm.read(
                execution, execution.getTenantId(), UUID.randomUUID().toString(), EngineClock.today());
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
