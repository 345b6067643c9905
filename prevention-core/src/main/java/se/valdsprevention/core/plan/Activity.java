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
 * @param methodId the id of the method bank's method the activity uses, if any; absent in plans stored before
 *     activities named their method
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
        ProgrammeTheory programmeTheory,
        String methodId) {

    public Activity {
        decisionReference = Violations.blankToNull(decisionReference);
        methodId = Violations.blankToNull(methodId);
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
        if (methodId != null) {
            v.requireId(methodId, "methodId");
        }
        v.throwIfAny();
    }

    /** An activity that uses no method of the method bank. */
    public Activity(
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
        this(
                id,
                title,
                department,
                responsibleRole,
                period,
                resources,
                decisionReference,
                preventionLevel,
                preventionKind,
                ambitionLevel,
                programmeTheory,
                null);
    }
}
