package se.valdsprevention.workflows.checkin;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The actions agreed at a check-in, as the model's expressions read them from the saved meeting:
 * which actions to follow up, who carries each out, when it is due and when it becomes overdue.
 */
public class AgreedActions {

    /** Longest description in a task's name ("Försenad åtgärd: …"); Tasklist shows the rest in the form. */
    static final int SUMMARY_MAX = 120;

    private final MeetingRevisions meetings;

    public AgreedActions(MeetingRevisions meetings) {
        this.meetings = meetings;
    }

    /** The ids of the meeting's open actions, in the order they were agreed. */
    public List<String> openIds(String meetingId) {
        return meetings.current(meetingId).actions().stream()
                .filter(action -> action.status() == ActionStatus.OPEN)
                .map(MeetingAction::id)
                .toList();
    }

    public String description(String meetingId, String actionId) {
        return action(meetingId, actionId).description();
    }

    /** The description on one line, short enough for a task's name. */
    public String summary(String meetingId, String actionId) {
        return Agenda.shortened(description(meetingId, actionId), SUMMARY_MAX);
    }

    /** The user who carries the action out. */
    public String assignee(String meetingId, String actionId) {
        return action(meetingId, actionId).assigneeMemberId();
    }

    /** The due date as the form shows it, for example {@code 2026-12-10}. */
    public String dueDate(String meetingId, String actionId) {
        return action(meetingId, actionId).dueDate().toString();
    }

    /** The due date as the task's due date: the start of that day in Sweden. */
    public Date dueAt(String meetingId, String actionId) {
        return startOf(action(meetingId, actionId).dueDate());
    }

    /** When an action still open becomes overdue: the start of the day after its due date, in Sweden. */
    public Date overdueAt(String meetingId, String actionId) {
        return startOf(action(meetingId, actionId).dueDate().plusDays(1));
    }

    /** The day of the check-in the action was agreed at. */
    public String meetingDate(String meetingId) {
        return meetings.current(meetingId).date().toString();
    }

    private MeetingAction action(String meetingId, String actionId) {
        return meetings.current(meetingId).actions().stream()
                .filter(action -> action.id().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Meeting " + meetingId + " has no action " + actionId));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(EngineClock.zone()).toInstant());
    }
}
