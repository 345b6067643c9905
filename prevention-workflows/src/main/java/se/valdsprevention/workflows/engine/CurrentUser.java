package se.valdsprevention.workflows.engine;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The user on whose behalf the engine runs the current command: from Tasklist, the REST API or a test. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The user's id, or empty when the engine works on its own (a timer, a job) or nobody logged in. */
    public static Optional<String> id() {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
    }
}
