package se.valdsprevention.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * The situation picture of a municipality's current cycle, sent while the cycle waits at
 * {@value #TASK}: a Camunda form cannot hold a table of indicators. What comes back is only the
 * publishable view, with small person-based counts suppressed. A save also puts the picture's
 * summary on the task, where its form shows it, in the same transaction.
 */
@RestController
@RequestMapping(path = "/api/municipalities/{code}/situation-picture", produces = MediaType.APPLICATION_JSON_VALUE)
class SituationPictureController {

    static final String TASK = "describeSituation";

    private final OpenCycles cycles;
    private final SituationPictures pictures;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final MunicipalityPopulations populations;
    private final DocumentBody body = new DocumentBody();

    SituationPictureController(
            OpenCycles cycles,
            SituationPictures pictures,
            TaskService taskService,
            PlatformTransactionManager transactionManager,
            MunicipalityPopulations populations) {
        this.cycles = cycles;
        this.populations = populations;
        this.pictures = pictures;
        this.taskService = taskService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> save(@PathVariable String code, HttpServletRequest request) {
        String author = cycles.callerFor(code);
        SituationPicture submitted = body.read(request, SituationPicture.class);
        if (!code.equals(submitted.areaCode())) {
            throw ValidationException.of(
                    "areaCode", "måste vara " + code + ", kommunen i adressen, inte " + submitted.areaCode());
        }
        if (submitted.status() != PictureStatus.DRAFT) {
            throw ValidationException.of(
                    "status", "måste vara DRAFT (utkast): teamet fastställer lägesbilden i processen, inte här");
        }
        OpenCycle cycle = cycles.withOpenTask(code, TASK)
                .orElseThrow(
                        () -> ApiRefusal.noOpenTask("Det finns ingen öppen uppgift \"Sammanställ lägesbilden\" (" + TASK
                                + ") i kommun " + code + " som du får arbeta med, så det finns ingen cykel att spara"
                                + " lägesbilden i."));
        // Provenance is the server's: an origin in the body is dropped unless the stored figures are unchanged.
        SituationPicture picture = submitted.editOf(pictures.latest(cycle.cycleId())
                .map(SituationPictureRevision::picture)
                .orElse(null));
        SituationPictureRevision saved = transaction.execute(status -> {
            SituationPictureRevision revision = pictures.save(cycle.cycleId(), picture, author, EngineClock.now());
            taskService.setVariable(
                    cycle.taskId(), CycleVariables.SITUATION_PICTURE_SUMMARY, DocumentSummaries.of(picture));
            return revision;
        });
        return ResponseEntity.created(URI.create("/api/municipalities/" + code + "/situation-picture"))
                .body(body.write(new SavedRevision(saved.cycleId(), saved.revision())));
    }

    @GetMapping
    ResponseEntity<String> latest(@PathVariable String code) {
        cycles.callerFor(code);
        OpenCycle cycle = cycles.withOpenTask(code, TASK)
                .orElseThrow(() -> ApiRefusal.notFound("Det finns ingen öppen uppgift \"Sammanställ lägesbilden\" ("
                        + TASK + ") i kommun " + code + " som du får arbeta med."));
        SituationPictureRevision latest = pictures.latest(cycle.cycleId())
                .orElseThrow(
                        () -> ApiRefusal.notFound("Ingen lägesbild är sparad än i cykel " + cycle.cycleId() + "."));
        return ResponseEntity.ok(body.write(new StoredDocument<PublishedSituationPicture>(
                latest.cycleId(),
                latest.revision(),
                latest.author(),
                latest.recordedAt(),
                latest.picture().publishable(populations.of(code)))));
    }
}
