package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * The newcomer's introduction package, in Swedish: the step the municipality's cycle is in, its agreed
 * situation picture (suppressed), the decisions under way and what the role means. Read by the engine
 * for the municipality, whatever the coordinator may see.
 */
public class PrepareIntroductionPackage implements JavaDelegate {

    private final SituationPictures pictures;

    public PrepareIntroductionPackage(SituationPictures pictures) {
        this.pictures = pictures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String municipalityCode = execution.getTenantId();
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        List<String> lines = new ArrayList<>();
        TeamRole role = TeamRole.valueOf((String) execution.getVariable(MEMBER_ROLE));
        lines.add("Roll: " + role.label() + ". Du företräder din verksamhet i kommunteamet, deltar i teamets möten"
                + " och månadsavstämningarna och tar med dig arbetet tillbaka till din verksamhet.");
        Context.getCommandContext().runWithoutAuthorization(() -> {
            List<ProcessInstance> cycles = runtime.createProcessInstanceQuery()
                    .processDefinitionKey("iavpCycle")
                    .tenantIdIn(municipalityCode)
                    .active()
                    .list();
            for (ProcessInstance cycle : cycles) {
                lines.add("Pågående steg: " + runtime.getVariable(cycle.getId(), "currentStep"));
            }
            if (cycles.isEmpty()) {
                lines.add("Ingen IAVP-cykel pågår ännu i kommunen.");
            }
            long decisions = runtime.createProcessInstanceQuery()
                    .processDefinitionKey("municipalDecision")
                    .tenantIdIn(municipalityCode)
                    .active()
                    .count();
            lines.add("Beslut under beredning: " + decisions);
            return null;
        });
        pictures.latestAgreed(municipalityCode)
                .ifPresentOrElse(
                        agreed -> lines.add("Fastställd lägesbild:\n" + DocumentSummaries.of(agreed.picture())),
                        () -> lines.add("Kommunen har ingen fastställd lägesbild ännu."));
        execution.setVariable(INTRODUCTION_PACKAGE, String.join("\n", lines));
    }
}
