package se.valdsprevention.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlanRevision;
import se.valdsprevention.workflows.situation.ActionPlans;

/** The action plan of a municipality's current cycle, sent while the cycle waits at {@value #TASK}. */
@RestController
@RequestMapping(path = "/api/municipalities/{code}/action-plan", produces = MediaType.APPLICATION_JSON_VALUE)
class ActionPlanController {

    static final String TASK = "planActivities";

    private final OpenCycles cycles;
    private final ActionPlans plans;
    private final DocumentBody body = new DocumentBody();

    ActionPlanController(OpenCycles cycles, ActionPlans plans) {
        this.cycles = cycles;
        this.plans = plans;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> save(@PathVariable String code, HttpServletRequest request) {
        String author = cycles.callerFor(code);
        ActionPlan plan = body.read(request, ActionPlan.class);
        if (!code.equals(plan.municipalityCode())) {
            throw ValidationException.of(
                    "municipalityCode",
                    "must be " + code + ", the municipality in the address, not " + plan.municipalityCode());
        }
        String cycle = cycles.withOpenTask(code, TASK)
                .orElseThrow(() -> ApiRefusal.noOpenTask("There is no open task '" + TASK + "' in municipality " + code
                        + " that you may work on, so there is no cycle to store the action plan in"));
        ActionPlanRevision saved = plans.save(cycle, plan, author, EngineClock.now());
        return ResponseEntity.created(URI.create("/api/municipalities/" + code + "/action-plan"))
                .body(body.write(new SavedRevision(saved.cycleId(), saved.revision())));
    }

    @GetMapping
    ResponseEntity<String> latest(@PathVariable String code) {
        cycles.callerFor(code);
        String cycle = cycles.withOpenTask(code, TASK)
                .orElseThrow(() -> ApiRefusal.notFound(
                        "There is no open task '" + TASK + "' in municipality " + code + " that you may work on"));
        ActionPlanRevision latest = plans.latest(cycle)
                .orElseThrow(() -> ApiRefusal.notFound("No action plan is stored yet in cycle " + cycle));
        return ResponseEntity.ok(body.write(new StoredDocument<ActionPlan>(
                latest.cycleId(), latest.revision(), latest.author(), latest.recordedAt(), latest.plan())));
    }
}
