package se.valdsprevention.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/**
 * A check-in (månadsavstämning) between the county and a municipality's team: agenda, who attended, notes and
 * the actions agreed, each member attending at most once.
 */
public record Meeting(
        String id,
        String municipalityCode,
        LocalDate date,
        List<String> agenda,
        List<Attendance> attendance,
        String notes,
        List<MeetingAction> actions) {

    public Meeting {
        notes = Violations.blankToNull(notes);
        var v = new Violations();
        v.requireId(id, "id");
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        v.requireNonNull(date, "date");
        agenda = v.list(agenda, "agenda");
        for (int i = 0; i < agenda.size(); i++) {
            v.requireText(agenda.get(i), Violations.index("agenda", i), Violations.NAME_MAX);
        }
        attendance = v.list(attendance, "attendance");
        v.unique(attendance, "attendance", "memberId", Attendance::memberId, "närvaron för medlemmen");
        v.optionalText(notes, "notes", Violations.TEXT_MAX);
        actions = v.list(actions, "actions");
        v.unique(actions, "actions", "id", MeetingAction::id, "åtgärds-id");
        v.throwIfAny();
    }

    public List<MeetingAction> overdueActions(LocalDate today) {
        return actions.stream().filter(a -> a.isOverdue(today)).toList();
    }

    public Meeting completeAction(String actionId) {
        return changeAction(actionId, MeetingAction::complete);
    }

    public Meeting cancelAction(String actionId) {
        return changeAction(actionId, MeetingAction::cancel);
    }

    private Meeting changeAction(String actionId, UnaryOperator<MeetingAction> change) {
        if (actions.stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new IllegalArgumentException("Mötet " + id + " har ingen åtgärd med id " + actionId);
        }
        var changed = actions.stream()
                .map(a -> a.id().equals(actionId) ? change.apply(a) : a)
                .toList();
        return new Meeting(id, municipalityCode, date, agenda, attendance, notes, changed);
    }
}
