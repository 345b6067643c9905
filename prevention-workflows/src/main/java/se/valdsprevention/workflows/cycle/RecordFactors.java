package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.CYCLE_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Step 3: the risk and protective factors on the socio-ecological levels, whether the municipality
 * can influence them, and the prioritised problems, saved as a new revision of this turn's situation
 * picture.
 */
public class RecordFactors implements TaskListener {

    static final int MAX_ROWS = 50;

    private final SituationPictures pictures;

    public RecordFactors(SituationPictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        List<RiskFactor> risks = new ArrayList<>();
        List<Map<String, Object>> riskRows = values.requireRows("riskFactors", 0, MAX_ROWS);
        for (int i = 0; i < riskRows.size(); i++) {
            Factor factor = factor(values, "riskFactors", i, riskRows.get(i));
            if (factor != null) {
                risks.add(new RiskFactor(factor.level(), factor.description(), factor.influenceable()));
            }
        }
        List<ProtectiveFactor> protections = new ArrayList<>();
        List<Map<String, Object>> protectionRows = values.requireRows("protectiveFactors", 0, MAX_ROWS);
        for (int i = 0; i < protectionRows.size(); i++) {
            Factor factor = factor(values, "protectiveFactors", i, protectionRows.get(i));
            if (factor != null) {
                protections.add(new ProtectiveFactor(factor.level(), factor.description(), factor.influenceable()));
            }
        }
        if (riskRows.isEmpty() && protectionRows.isEmpty()) {
            values.reject("riskFactors", "name at least one risk or protective factor");
        }
        List<PrioritisedProblem> problems = new ArrayList<>();
        List<Map<String, Object>> priorityRows = values.requireRows("priorities", 1, 20);
        for (int i = 0; i < priorityRows.size(); i++) {
            String description = values.requireRowText("priorities", i, priorityRows.get(i), "description", 200);
            if (description != null) {
                problems.add(new PrioritisedProblem(i + 1, description, List.of()));
            }
        }
        String cycleId = (String) task.getVariable(CYCLE_ID);
        SituationPicture picture =
                pictures.latest(cycleId).map(r -> r.picture()).orElse(null);
        if (picture == null) {
            values.reject("situationPicture", "no situation picture has been sent for this cycle");
        }
        values.throwIfInvalid();
        try {
            SituationPicture withFactors = new SituationPicture(
                    picture.areaCode(),
                    picture.period(),
                    picture.violenceTypes(),
                    picture.status(),
                    picture.agreedBy(),
                    picture.agreedOn(),
                    picture.indicators(),
                    picture.observations(),
                    picture.genderEqualityAnalysis(),
                    risks,
                    protections,
                    problems);
            pictures.save(cycleId, withFactors, CurrentUser.id().orElse("okänd användare"), EngineClock.now());
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> values.reject(v.path(), v.message()));
            values.throwIfInvalid();
        }
    }

    private record Factor(SocioEcologicalLevel level, String description, boolean influenceable) {}

    private static Factor factor(SubmittedValues values, String field, int index, Map<String, Object> row) {
        SocioEcologicalLevel level = values.requireRowChoice(field, index, row, "level", SocioEcologicalLevel.class);
        String description = values.requireRowText(field, index, row, "description", 200);
        boolean influenceable = Boolean.TRUE.equals(row.get("influenceable"));
        return level == null || description == null ? null : new Factor(level, description, influenceable);
    }
}
