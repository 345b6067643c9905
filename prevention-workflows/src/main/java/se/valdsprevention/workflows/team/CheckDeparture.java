package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;

/** A departure names an active member of the municipality's team and a last day within a year either way. */
public class CheckDeparture implements TaskListener {

    private final TeamMembers members;

    public CheckDeparture(TeamMembers members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        LocalDate today = EngineClock.today();
        String id = values.requireText(LEAVING_MEMBER_ID, 64);
        LocalDate lastDay = values.requireDate(LAST_DAY);
        if (lastDay != null && (lastDay.isBefore(today.minusYears(1)) || lastDay.isAfter(today.plusYears(1)))) {
            values.reject(LAST_DAY, "måste ligga inom ett år från i dag (" + today + ")");
        }
        values.optionalText("departureReason", 2000);
        if (id != null && members.active(task.getTenantId(), id.strip(), today).isEmpty()) {
            values.reject(LEAVING_MEMBER_ID, "'" + id + "' är inte aktiv ledamot i teamet");
        }
        values.throwIfInvalid();
    }
}
