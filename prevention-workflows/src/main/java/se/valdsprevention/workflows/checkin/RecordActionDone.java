package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Saves a new revision of the meeting with the action just carried out marked done, in the
 * transaction that completes "Åtgärd från månadsavstämningen". The author is the user who completed
 * it, or the action's assignee when the engine completes it without one.
 */
public class RecordActionDone implements JavaDelegate {

    private final MeetingRevisions meetings;

    public RecordActionDone(MeetingRevisions meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String meetingId = (String) execution.getVariable(MEETING_ID);
        String actionId = (String) execution.getVariable(ACTION_ID);
        Meeting done = meetings.current(meetingId).completeAction(actionId);
        String author = CurrentUser.id()
                .orElseGet(() -> done.actions().stream()
                        .filter(action -> action.id().equals(actionId))
                        .findFirst()
                        .orElseThrow()
                        .assigneeMemberId());
        meetings.append(done, author, EngineClock.now(), execution.getProcessInstanceId());
    }
}
