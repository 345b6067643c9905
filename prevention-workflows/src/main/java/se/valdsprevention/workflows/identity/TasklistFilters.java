package se.valdsprevention.workflows.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import se.valdsprevention.workflows.tenant.MunicipalityNamePlugin;

/**
 * The Tasklist filters every role starts with: the user's own tasks, and the tasks waiting for the
 * user's role. Each role filter is readable by its role group only; the tasks in it are narrowed to
 * the user's municipalities by tenant membership.
 */
class TasklistFilters {

    static final String MY_TASKS = "Mina uppgifter";

    static final Map<Role, String> ROLE_FILTERS = Map.of(
            Role.COORDINATOR, "Samordnarens uppgifter",
            Role.TEAM_MEMBER, "Kommunteamets uppgifter",
            Role.MANAGER, "Beslut att fatta",
            Role.BOARD_CHAIR, "Beslut för ordföranden",
            Role.COUNTY_OFFICER, "Länsstyrelsens uppgifter",
            Role.POLICE, "Polisens uppgifter");

    private final FilterService filterService;
    private final TaskService taskService;
    private final RoleAuthorizations authorizations;

    TasklistFilters(FilterService filterService, TaskService taskService, RoleAuthorizations authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    void ensure() {
        Filter myTasks = save(
                MY_TASKS,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                "Uppgifter som du har tagit.",
                -10);
        authorizations.grantToEveryone(
                new RoleAuthorizations.Grant(Resources.FILTER, myTasks.getId(), List.of(Permissions.READ)));
        for (Role role : Role.values()) {
            Filter filter = save(
                    ROLE_FILTERS.get(role),
                    taskService
                            .createTaskQuery()
                            .taskCandidateGroup(role.groupId())
                            .includeAssignedTasks(),
                    "Uppgifter för rollen " + role.label() + " i dina kommuner.",
                    role.ordinal());
            authorizations.grantToGroup(
                    role.groupId(),
                    new RoleAuthorizations.Grant(Resources.FILTER, filter.getId(), List.of(Permissions.READ)));
        }
    }

    private Filter save(String name, TaskQuery query, String description, int priority) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put(
                "variables", List.of(Map.of("name", MunicipalityNamePlugin.MUNICIPALITY_NAME, "label", "Kommun")));
        filter.setProperties(properties);
        filter.setQuery(query);
        return filterService.saveFilter(filter);
    }
}
