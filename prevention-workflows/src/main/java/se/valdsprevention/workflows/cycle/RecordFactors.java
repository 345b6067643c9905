package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.CYCLE_ID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    static final String RISK = "risk_";
    static final String PROTECTIVE = "protective_";
    static final String INFLUENCEABLE = "influenceableLevels";
    static final String PRIORITIES = "priorities";
    static final Set<String> LEVELS =
            Arrays.stream(SocioEcologicalLevel.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final SituationPictures pictures;

    public RecordFactors(SituationPictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        Set<String> influenceable =
                values.hasValue(INFLUENCEABLE) ? Set.copyOf(values.requireChoices(INFLUENCEABLE, LEVELS)) : Set.of();
        List<RiskFactor> risks = new ArrayList<>();
        List<ProtectiveFactor> protections = new ArrayList<>();
        for (SocioEcologicalLevel level : SocioEcologicalLevel.values()) {
            boolean canInfluence = influenceable.contains(level.name());
            for (String risk : factorLines(values, RISK + level.name())) {
                risks.add(new RiskFactor(level, risk, canInfluence));
            }
            for (String protection : factorLines(values, PROTECTIVE + level.name())) {
                protections.add(new ProtectiveFactor(level, protection, canInfluence));
            }
        }
        if (risks.isEmpty() && protections.isEmpty()) {
            values.reject(RISK + SocioEcologicalLevel.INDIVIDUAL.name(), "ange minst en risk- eller skyddsfaktor");
        }
        List<PrioritisedProblem> problems = new ArrayList<>();
        List<String> priorities = factorLines(values, PRIORITIES);
        if (priorities.isEmpty() && !values.hasProblem(PRIORITIES)) {
            values.reject(PRIORITIES, "ange minst ett prioriterat problem");
        }
        for (int i = 0; i < priorities.size(); i++) {
            problems.add(new PrioritisedProblem(i + 1, priorities.get(i), List.of()));
        }
        String cycleId = (String) task.getVariable(CYCLE_ID);
        SituationPicture picture =
                pictures.latest(cycleId).map(r -> r.picture()).orElse(null);
        if (picture == null) {
            values.reject(
                    "situationPicture",
                    "Lägesbilden är inte skriven än. Skriv den på sidan Lägesbild (/kommuner/" + task.getTenantId()
                            + "/lagesbild).");
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

    /** The non-blank lines of a text field, each a factor or problem of at most 200 characters. */
    private static List<String> factorLines(SubmittedValues values, String field) {
        List<String> lines = values.optionalLines(field, 10_000);
        if (lines.size() > MAX_ROWS) {
            values.reject(field, "får ha högst " + MAX_ROWS + " rader (nu " + lines.size() + ")");
            return List.of();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > 200) {
                values.reject(field, "rad " + (i + 1) + ": får vara högst 200 tecken");
                return List.of();
            }
        }
        return lines;
    }
}
