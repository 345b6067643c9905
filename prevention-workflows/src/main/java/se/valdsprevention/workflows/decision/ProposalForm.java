package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Reads a decision proposal from the variables of the form "Förbered beslutsförslag" and checks it
 * with the domain's own rules. Every problem is reported under the name of the form field, so the
 * user sees which field to fix.
 */
final class ProposalForm {

    /** The form whose labels name the fields in a refusal. */
    static final String FORM = "prepare-decision-proposal";

    /** Where the domain's field paths appear in the form. */
    private static final Map<String, String> FIELDS = Map.of(
            "type", TYPE,
            "title", TITLE,
            "description", DESCRIPTION,
            "mandate", MANDATE,
            "resources.sek", RESOURCES_SEK,
            "resources.hours", RESOURCES_HOURS,
            "followUpDate", FOLLOW_UP_DATE,
            "municipalityCode", MUNICIPALITY_CODE,
            "proposer", PROPOSER,
            "deciderRole", DECIDER_ROLE);

    private ProposalForm() {}

    /**
     * The proposed decision the variables describe, routed to {@code deciderRole} when it is known.
     * A returned decision keeps its id; a new one gets one.
     */
    static Decision read(
            VariableScope scope, String municipalityCode, String proposer, String deciderRole, LocalDate today) {
        SubmittedValues values = new SubmittedValues(scope, FORM);
        DecisionType type = values.requireChoice(TYPE, DecisionType.class);
        String title = values.requireText(TITLE, 200);
        String description = values.requireText(DESCRIPTION, 10_000);
        String mandate = values.optionalText(MANDATE, 10_000);
        BigDecimal sek = values.requireDecimal(RESOURCES_SEK, BigDecimal.ZERO);
        BigDecimal hours = values.requireDecimal(RESOURCES_HOURS, BigDecimal.ZERO);
        LocalDate followUpDate = values.requireDate(FOLLOW_UP_DATE);
        if (followUpDate != null && followUpDate.isBefore(today)) {
            values.reject(FOLLOW_UP_DATE, "får inte ligga i det förflutna (i dag är det " + today + ")");
        }
        List<String> documents = values.optionalLines(SUPPORTING_DOCUMENTS, 20_000);
        Object existingId = scope.getVariable(DECISION_ID);
        String id = existingId == null ? UUID.randomUUID().toString() : existingId.toString();

        Decision decision = null;
        try {
            Resources resources = sek == null || hours == null || sek.signum() < 0 || hours.signum() < 0
                    ? null
                    : new Resources(sek, hours);
            DecisionProposal proposal = new DecisionProposal(
                    id,
                    type,
                    municipalityCode,
                    proposer,
                    deciderRole,
                    title,
                    description,
                    mandate,
                    resources,
                    followUpDate,
                    documents);
            decision = Decision.propose(proposal, today);
        } catch (ValidationException refused) {
            for (Violation violation : refused.violations()) {
                report(values, violation);
            }
        }
        values.throwIfInvalid();
        return decision;
    }

    private static void report(SubmittedValues values, Violation violation) {
        String path = violation.path();
        if (path.equals("resources")) {
            // Resources could not be built because an amount was already refused above.
            return;
        }
        if (path.startsWith(SUPPORTING_DOCUMENTS + "[")) {
            int line = Integer.parseInt(path.substring(SUPPORTING_DOCUMENTS.length() + 1, path.indexOf(']'))) + 1;
            values.reject(SUPPORTING_DOCUMENTS, "rad " + line + ": " + violation.message());
            return;
        }
        String field = FIELDS.getOrDefault(path, path);
        if (!values.hasProblem(field)) {
            values.reject(field, violation.message());
        }
    }
}
