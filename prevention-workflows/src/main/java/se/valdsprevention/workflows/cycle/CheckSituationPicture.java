package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.CYCLE_ID;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * "Sammanställ lägesbilden" is done when a situation picture for this turn of the cycle has been
 * sent, with indicators and a gender-equality analysis. The picture itself arrives through the REST
 * API, since a form cannot hold a table of indicators.
 */
public class CheckSituationPicture implements TaskListener {

    static final Set<String> CHECKLIST = Set.of("GENDER_SPLIT", "PYRAMID", "POLICE", "CONSEQUENCES", "GENDER_ANALYSIS");

    private final SituationPictures pictures;

    public CheckSituationPicture(SituationPictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        values.requireChoices("situationChecklist", CHECKLIST);
        String cycleId = (String) task.getVariable(CYCLE_ID);
        SituationPicture picture =
                pictures.latest(cycleId).map(r -> r.picture()).orElse(null);
        if (picture == null) {
            values.reject(
                    "situationPicture",
                    "Lägesbilden är inte skriven än. Skriv den på sidan Lägesbild (/kommuner/" + task.getTenantId()
                            + "/lagesbild).");
        } else {
            if (picture.indicators().isEmpty()) {
                values.reject(
                        "situationPicture.indicators",
                        "Lägesbilden måste ha minst en indikator. Lägg till den på sidan Lägesbild (/kommuner/"
                                + task.getTenantId() + "/lagesbild).");
            }
            if (picture.genderEqualityAnalysis() == null) {
                values.reject(
                        "situationPicture.genderEqualityAnalysis",
                        "Lägesbildens jämställdhetsanalys måste skrivas innan lägesbilden fastställs. Skriv den på"
                                + " sidan Lägesbild (/kommuner/" + task.getTenantId() + "/lagesbild).");
            }
        }
        values.throwIfInvalid();
    }
}
