package se.valdsprevention.workflows.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who is told about an event, from Camunda's identity: the members of a role's group who work for the municipality
 * (are members of its tenant). Another municipality's coordinator is never among them. Read without the acting
 * user's grants (a coordinator may not list users), inside the engine's command.
 */
final class Recipients {

    private Recipients() {}

    /** The users a new task is for: its candidate users and the members of its candidate groups, in its tenant. */
    static Set<String> candidatesOf(DelegateTask task) {
        String tenant = task.getTenantId();
        Set<String> users = new LinkedHashSet<>();
        if (tenant == null) {
            return users;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        withoutAuthorization(() -> {
            for (IdentityLink link : task.getCandidates()) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getGroupId() != null) {
                    identity.createUserQuery().memberOfGroup(link.getGroupId()).memberOfTenant(tenant).list().stream()
                            .map(User::getId)
                            .forEach(users::add);
                } else if (link.getUserId() != null && worksFor(identity, link.getUserId(), tenant)) {
                    users.add(link.getUserId());
                }
            }
        });
        return users;
    }

    /** The members of these groups who work for the municipality. */
    static Set<String> inGroups(IdentityService identity, Collection<String> groupIds, String tenant) {
        Set<String> users = new LinkedHashSet<>();
        withoutAuthorization(() -> groupIds.forEach(
                group -> identity.createUserQuery().memberOfGroup(group).memberOfTenant(tenant).list().stream()
                        .map(User::getId)
                        .forEach(users::add)));
        return users;
    }

    /** Whether the user works for the municipality. */
    static boolean worksFor(IdentityService identity, String userId, String tenant) {
        boolean[] member = {false};
        withoutAuthorization(() -> member[0] =
                identity.createTenantQuery().userMember(userId).tenantId(tenant).count() > 0);
        return member[0];
    }

    private static void withoutAuthorization(Runnable read) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            read.run();
            return;
        }
        command.runWithoutAuthorization(() -> {
            read.run();
            return null;
        });
    }
}
