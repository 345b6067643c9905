package se.valdsprevention.workflows.tenant;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import se.valdsprevention.workflows.engine.RefusedForUser;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Gives every process instance the tenant id of the municipality it runs for.
 *
 * <p>A top-level instance takes the code from its {@value #MUNICIPALITY_CODE} start variable; a
 * called instance inherits the tenant of its caller. The tenant is never taken from the current
 * user, because timers, jobs and message starts run without one. A start for a municipality the
 * county does not have, or by a user who does not work for it, is refused.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

    public static final String MUNICIPALITY_CODE = "municipalityCode";

    /** The label of {@link #MUNICIPALITY_CODE} in every start form. */
    static final String MUNICIPALITY_CODE_LABEL = "Kommunkod";

    private static final String CAMUNDA_ADMIN = "camunda-admin";

    private final SortedSet<String> municipalityCodes;

    public MunicipalityTenantIdProvider(Set<String> municipalityCodes) {
        if (municipalityCodes == null || municipalityCodes.isEmpty()) {
            throw new IllegalArgumentException("municipalityCodes: at least one municipality is required");
        }
        this.municipalityCodes = new TreeSet<>(municipalityCodes);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution caller = ctx.getSuperExecution();
        if (caller != null && caller.getTenantId() != null) {
            return caller.getTenantId();
        }
        Object value = ctx.getVariables() == null ? null : ctx.getVariables().get(MUNICIPALITY_CODE);
        String processKey = ctx.getProcessDefinition().getKey();
        String code = requireKnownMunicipality(value, processKey);
        requireMembership(code, processKey);
        return code;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        throw new BadUserRequestException("Ärenden (case instances) används inte i den här tillämpningen.");
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }

    private String requireKnownMunicipality(Object value, String processKey) {
        if (value == null || value.toString().isBlank()) {
            throw refusal("måste fyllas i: ange den fyrsiffriga koden för en av länets kommuner " + codes());
        }
        String code = value.toString().trim();
        if (!municipalityCodes.contains(code)) {
            throw refusal("'" + abbreviate(code) + "' är inte en av länets kommuner " + codes());
        }
        return code;
    }

    private InvalidSubmissionException refusal(String message) {
        return new InvalidSubmissionException(
                List.of(new InvalidSubmissionException.Problem(MUNICIPALITY_CODE, message, MUNICIPALITY_CODE_LABEL)));
    }

    private String codes() {
        return "(" + String.join(", ", municipalityCodes) + ")";
    }

    private static void requireMembership(String code, String processKey) {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return;
        }
        if (authentication.getGroupIds() != null && authentication.getGroupIds().contains(CAMUNDA_ADMIN)) {
            return;
        }
        if (authentication.getTenantIds() == null
                || !authentication.getTenantIds().contains(code)) {
            throw new RefusedForUser("Användaren '" + authentication.getUserId() + "' arbetar inte för kommun " + code
                    + " och kan inte starta processen där (" + processKey + ").");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
