package se.valdsprevention.core.plan;

import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.validation.Violations;

/**
 * An activity (insats) of an action plan: who does it, when, with which resources and decision, how it prevents
 * violence and its programme theory.
 *
 * @param decisionReference the id of the decision that gives the activity its mandate or resources, if any
 */
public record Activity(
        String id,
        String title,
        Department department,
        String responsibleRole,
        ReportingPeriod period,
        Resources resources,
        String decisionReference,
        PreventionLevel preventionLevel,
        PreventionKind preventionKind,
        AmbitionLevel ambitionLevel,
        ProgrammeTheory programmeTheory) {

    public Activity {
        decisionReference = Violations.blankToNull(decisionReference);
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(title, "title", Violations.NAME_MAX);
        v.requireNonNull(department, "department");
        v.requireText(responsibleRole, "responsibleRole", Violations.NAME_MAX);
        v.requireNonNull(period, "period");
        v.requireNonNull(resources, "resources");
        if (decisionReference != null) {
            v.requireId(decisionReference, "decisionReference");
        }
        v.requireNonNull(preventionLevel, "preventionLevel");
        v.requireNonNull(preventionKind, "preventionKind");
        v.requireNonNull(ambitionLevel, "ambitionLevel");
        v.requireNonNull(programmeTheory, "programmeTheory");
        v.throwIfAny();
    }
}
