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
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlanRevision;
import se.valdsprevention.workflows.situation.ActionPlans;

/**
 * The action plan of a municipality's current cycle, sent while the cycle waits at {@value #TASK}, and
 * again with its follow-up at {@value #FOLLOW_UP_TASK}. A save also puts the plan's summary on the
 * task, where its form shows it, in the same transaction.
 */
@RestController
@RequestMapping(path = "/api/municipalities/{code}/action-plan", produces = MediaType.APPLICATION_JSON_VALUE)
class ActionPlanController {

    static final String TASK = "planActivities";
    static final String FOLLOW_UP_TASK = "followUpPlan";

    private final OpenCycles cycles;
    private final ActionPlans plans;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final DocumentBody body = new DocumentBody();

    ActionPlanController(
            OpenCycles cycles,
            ActionPlans plans,
            TaskService taskService,
            PlatformTransactionManager transactionManager) {
        this.cycles = cycles;
        this.plans = plans;
        this.taskService = taskService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> save(@PathVariable String code, HttpServletRequest request) {
        String author = cycles.callerFor(code);
        ActionPlan plan = body.read(request, ActionPlan.class);
        if (!code.equals(plan.municipalityCode())) {
            throw ValidationException.of(
                    "municipalityCode",
                    "måste vara " + code + ", kommunen i adressen, inte " + plan.municipalityCode());
        }
        OpenCycle cycle = cycles.withOpenTask(code, TASK, FOLLOW_UP_TASK)
                .orElseThrow(() ->
                        ApiRefusal.noOpenTask("Det finns ingen öppen uppgift \"Planera insatser med programteori\" ("
                                + TASK + ") i kommun " + code
                                + " som du får arbeta med, så det finns ingen cykel att spara handlingsplanen i."));
        ActionPlanRevision saved = transaction.execute(status -> {
            ActionPlanRevision revision = plans.save(cycle.cycleId(), plan, author, EngineClock.now());
            taskService.setVariable(cycle.taskId(), CycleVariables.ACTION_PLAN_SUMMARY, DocumentSummaries.of(plan));
            return revision;
        });
        return ResponseEntity.created(URI.create("/api/municipalities/" + code + "/action-plan"))
                .body(body.write(new SavedRevision(saved.cycleId(), saved.revision())));
    }

    @GetMapping
    ResponseEntity<String> latest(@PathVariable String code) {
        cycles.callerFor(code);
        OpenCycle cycle = cycles.withOpenTask(code, TASK, FOLLOW_UP_TASK)
                .orElseThrow(() ->
                        ApiRefusal.notFound("Det finns ingen öppen uppgift \"Planera insatser med programteori\" ("
                                + TASK + ") i kommun " + code + " som du får arbeta med."));
        ActionPlanRevision latest = plans.latest(cycle.cycleId())
                .orElseThrow(
                        () -> ApiRefusal.notFound("Ingen handlingsplan är sparad än i cykel " + cycle.cycleId() + "."));
        return ResponseEntity.ok(body.write(new StoredDocument<ActionPlan>(
                latest.cycleId(), latest.revision(), latest.author(), latest.recordedAt(), latest.plan())));
    }
}
