package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.CYCLE_ID;
import static se.valdsprevention.workflows.cycle.CycleVariables.SITUATION_PICTURE_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The team agrees the situation picture: a new revision with status agreed, by the user who records it. */
public class AgreeSituationPicture implements TaskListener {

    private final SituationPictures pictures;

    public AgreeSituationPicture(SituationPictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        if (!values.flag("teamAgreed")) {
            values.reject("teamAgreed", "teamet måste vara överens om lägesbilden innan den fastställs");
        }
        values.optionalText("agreementNote", 10_000);
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
        String user = CurrentUser.id().orElse("okänd användare");
        SituationPicture agreed = picture.agree(user, EngineClock.today());
        pictures.save(cycleId, agreed, user, EngineClock.now());
        task.getExecution().setVariable(SITUATION_PICTURE_SUMMARY, DocumentSummaries.of(agreed));
    }
}
