package se.valdsprevention.workflows.decision;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import se.valdsprevention.workflows.engine.RefusedForUser;

/**
 * Processes that only the recording of a decision starts (the proposer's notice, the follow-up): a user who
 * correlates their message or starts them through the engine API is refused, so nobody can forge a verdict or a
 * follow-up. The decision's own delegates start them inside {@link #start(Runnable)}; administrators may still.
 */
public class StartedByTheApplication implements ExecutionListener {

    private static final ThreadLocal<Boolean> STARTING = ThreadLocal.withInitial(() -> false);

    /** Runs {@code start}, which starts such a process, as the application. */
    static void start(Runnable start) {
        boolean outer = STARTING.get();
        STARTING.set(true);
        try {
            start.run();
        } finally {
            STARTING.set(outer);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (STARTING.get()) {
            return;
        }
        Authentication user =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null
                || user.getUserId() == null
                || (user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
            return;
        }
        throw new RefusedForUser("Användaren '" + user.getUserId() + "' kan inte starta den här processen: den"
                + " startas av programmet när ett beslut registreras.");
    }
}
