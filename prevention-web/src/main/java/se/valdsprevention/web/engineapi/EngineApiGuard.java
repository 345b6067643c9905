package se.valdsprevention.web.engineapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.workflows.form.FormFields;

/**
 * Lets the engine API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) do for a user only what
 * the workflow lets a user do; administrators keep the whole API.
 *
 * <p>A user may read (GET) what their rights show, run queries, claim, unclaim and assign tasks, comment, keep
 * their own filters, change their own password and profile, start a process <em>through its start form</em> and
 * complete a task <em>through its form</em>. A start or a completion carries only the fields the deployed form lets
 * the user fill in (disabled fields show what the server set and are never taken back), each as text, a number, a
 * date, yes/no or JSON; nothing else. Everything else a non-administrator sends — start instructions, skipped
 * listeners, instance modification and migration, variable writes outside a form, jobs and timers, messages,
 * signals, deployments, identity links, standalone tasks — is refused with 403 before the engine sees it, so nothing
 * is half-done. A refused field is 400 with the field named, as the form's own rules answer.
 *
 * <p>It is a JAX-RS filter, so it runs after the servlet filters have authenticated the caller and sees the path as
 * the resource will; the engine's own authorizations and tenant checks still apply to what it lets through.
 */
@Priority(Priorities.AUTHORIZATION)
public class EngineApiGuard implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request property naming the task a submission completes, for {@link #filter(ContainerRequestContext,
     * ContainerResponseContext)}. */
    private static final String COMPLETED_TASK = EngineApiGuard.class.getName() + ".task";

    /** No form in this project sends more; a larger body is refused before it is read whole. */
    static final int MAX_BODY = 1_000_000;

    private static final Set<String> TASK_SUBMISSION = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_BY_FORM = Set.of("variables", "businessKey");
    private static final Set<String> START = Set.of("variables", "businessKey", "withVariablesInReturn");
    private static final Set<String> START_FOR_ADMINISTRATORS =
            Set.of("startInstructions", "skipCustomListeners", "skipIoMappings", "caseInstanceId");

    /** Collections whose POST is a query with the filter in the body, as Tasklist and Cockpit send it. */
    private static final Set<String> QUERIES = Set.of(
            "task",
            "process-instance",
            "execution",
            "variable-instance",
            "job",
            "external-task",
            "incident",
            "process-definition",
            "decision-definition",
            "deployment");

    private static final Set<String> TASK_WORK = Set.of("claim", "unclaim", "assignee");

    private static final String ONLY_ADMINISTRATORS = "Den här åtgärden i motorns API är förbehållen administratörer."
            + " Arbetet görs genom uppgifternas formulär i Tasklist eller på arbetsytans sidor.";

    private final DeployedForms forms = new DeployedForms();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod();
        List<String> path = new ArrayList<>();
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (!segment.getPath().isEmpty()) {
                path.add(segment.getPath());
            }
        }
        String engineName = null;
        if (path.size() >= 2 && path.get(0).equals("engine")) {
            engineName = path.get(1);
            path = path.subList(2, path.size());
        }
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
        if (engine == null) {
            return; // Camunda answers 404 for an engine it does not know.
        }
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        boolean administrator = isAdministrator(engine, caller);
        if (caller == null || caller.getUserId() == null) {
            throw EngineApiRefusal.forbidden("Logga in för att ändra något.");
        }
        Request call = new Request(method, path);

        if (call.is("POST", "task", "*", "submit-form") || call.is("POST", "task", "*", "complete")) {
            request.setProperty(COMPLETED_TASK, new String[] {engineName, path.get(1)});
            SubmittedBody body = readBody(request);
            checkTopLevel(body, TASK_SUBMISSION, administrator);
            body.checkVariables(administrator ? null : taskForm(engine, path.get(1)));
            return;
        }
        if (isStart(call)) {
            boolean byForm = call.last().equals("submit-form");
            SubmittedBody body = readBody(request);
            body.checkBusinessKey();
            if (administrator) {
                body.checkVariables(null);
                return;
            }
            for (String field : START_FOR_ADMINISTRATORS) {
                if (body.uses(field)) {
                    throw EngineApiRefusal.forbidden("Fältet '" + field + "' får bara administratörer använda."
                            + " Starta processen genom dess startformulär.");
                }
            }
            checkTopLevel(body, byForm ? START_BY_FORM : START, false);
            body.checkVariables(startForm(engine, call));
            return;
        }
        if (administrator) {
            return;
        }
        if (isAllowedForUsers(call, caller.getUserId())) {
            if (call.is("PUT", "task", "*")) {
                checkTaskUpdate(engine, readBody(request), path.get(1));
            }
            return;
        }
        throw EngineApiRefusal.forbidden(ONLY_ADMINISTRATORS);
    }

    /**
     * When two people complete the same task at once, the one who loses may meet the engine half-way through the
     * other's completion and fail inside it (the process instance already gone, or the task's candidates with it).
     * That is a conflict, not a server error nor a lack of rights: if the task is gone once the loser's transaction
     * has rolled back, the answer becomes 409.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean failed = response.getStatus() >= 500 || response.getStatus() == 403;
        if (!failed || !(request.getProperty(COMPLETED_TASK) instanceof String[] task)) {
            return;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(task[0]);
        if (engine != null
                && engine.getTaskService().createTaskQuery().taskId(task[1]).count() == 0) {
            Response conflict = EngineApiErrors.answer(EngineApiRefusal.conflict());
            response.setStatus(conflict.getStatus());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, conflict.getMediaType());
            response.setEntity(conflict.getEntity());
        }
    }

    private static boolean isAllowedForUsers(Request call, String userId) {
        if (call.method.equals("POST")) {
            return isQuery(call.path)
                    || (call.size() == 3 && call.at(0, "task") && TASK_WORK.contains(call.last()))
                    || call.is("POST", "task", "*", "comment", "create")
                    || call.is("POST", "filter", "create")
                    || call.is("POST", "filter", "*", "list")
                    || call.is("POST", "filter", "*", "count")
                    || call.is("POST", "filter", "*", "singleResult")
                    || call.is("POST", "identity", "password-policy");
        }
        if (call.method.equals("PUT")) {
            return call.is("PUT", "filter", "*")
                    || call.is("PUT", "task", "*")
                    || (call.size() == 3
                            && call.at(0, "user")
                            && call.path.get(1).equals(userId)
                            && (call.last().equals("credentials") || call.last().equals("profile")));
        }
        if (call.method.equals("DELETE")) {
            return call.is("DELETE", "filter", "*");
        }
        return false;
    }

    /** {@code POST /task}, {@code POST /task/count}, {@code POST /history/task}, {@code POST /history/task/count}… */
    private static boolean isQuery(List<String> path) {
        List<String> rest = !path.isEmpty() && path.get(0).equals("history") ? path.subList(1, path.size()) : path;
        boolean history = rest != path;
        if (rest.isEmpty()
                || rest.size() > 2
                || (rest.size() == 2 && !rest.get(1).equals("count"))) {
            return false;
        }
        return history ? !rest.get(0).equals("cleanup") : QUERIES.contains(rest.get(0));
    }

    private static boolean isStart(Request call) {
        if (!call.method.equals("POST") || !call.at(0, "process-definition")) {
            return false;
        }
        String last = call.last();
        if (!last.equals("start") && !last.equals("submit-form")) {
            return false;
        }
        return call.size() == 3
                || (call.size() == 4 && call.at(1, "key"))
                || (call.size() == 6 && call.at(1, "key") && call.at(3, "tenant-id"));
    }

    private FormFields taskForm(ProcessEngine engine, String taskId) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult();
        if (task == null) {
            throw EngineApiRefusal.notFound(
                    "Uppgiften finns inte, är redan klar eller hör till en kommun du inte arbetar för.");
        }
        FormFields fields = forms.ofTask(engine, task);
        if (fields == null) {
            throw EngineApiRefusal.forbidden("Uppgiften har ett formulär som servern inte kan kontrollera;"
                    + " bara administratörer kan slutföra den här.");
        }
        return fields;
    }

    private FormFields startForm(ProcessEngine engine, Request call) {
        ProcessDefinition definition;
        if (call.size() == 3) {
            definition = engine.getRepositoryService().getProcessDefinition(call.path.get(1));
        } else {
            ProcessDefinitionQuery query = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(call.path.get(2))
                    .latestVersion();
            query = call.size() == 6 ? query.tenantIdIn(call.path.get(4)) : query.withoutTenantId();
            definition = query.singleResult();
        }
        if (definition == null) {
            throw EngineApiRefusal.notFound("Processen finns inte.");
        }
        FormFields fields = forms.ofStart(engine, definition);
        if (fields == null || fields == FormFields.NONE) {
            throw EngineApiRefusal.forbidden(
                    "Processen '" + definition.getKey() + "' startas av systemet, inte av" + " användare.");
        }
        return fields;
    }

    /** Tasklist sets a task's dates and priority with PUT; who the task belongs to stays as the process made it. */
    private static void checkTaskUpdate(ProcessEngine engine, SubmittedBody body, String taskId) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw EngineApiRefusal.notFound(
                    "Uppgiften finns inte, är redan klar eller hör till en kommun du inte arbetar för.");
        }
        body.requireUnchanged("assignee", task.getAssignee());
        body.requireUnchanged("owner", task.getOwner());
        body.requireUnchanged("tenantId", task.getTenantId());
        body.requireUnchanged("parentTaskId", task.getParentTaskId());
        body.requireUnchanged("caseInstanceId", task.getCaseInstanceId());
        body.requireUnchanged(
                "delegationState",
                task.getDelegationState() == null
                        ? null
                        : task.getDelegationState().name());
    }

    private static void checkTopLevel(SubmittedBody body, Set<String> allowed, boolean administrator) {
        if (administrator) {
            return;
        }
        List<String> outside = body.fieldsOutside(allowed);
        if (!outside.isEmpty()) {
            throw EngineApiRefusal.badRequest("Fältet '" + outside.get(0) + "' tas inte emot här; skicka bara "
                    + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
    }

    private static SubmittedBody readBody(ContainerRequestContext request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getEntityStream()) {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw EngineApiRefusal.tooLarge("Innehållet är för stort (högst " + MAX_BODY / 1000 + " kB).");
        }
        SubmittedBody body = SubmittedBody.read(bytes);
        request.setEntityStream(new ByteArrayInputStream(bytes.length == 0 ? "{}".getBytes() : bytes));
        return body;
    }

    static boolean isAdministrator(ProcessEngine engine, Authentication caller) {
        if (caller == null || caller.getUserId() == null) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getAdminUsers() != null
                && configuration.getAdminUsers().contains(caller.getUserId())) {
            return true;
        }
        List<String> groups = caller.getGroupIds();
        return groups != null
                && configuration.getAdminGroups() != null
                && configuration.getAdminGroups().stream().anyMatch(groups::contains);
    }

    /** A method and the path below the engine, {@code *} matching any one segment. */
    private record Request(String method, List<String> path) {

        boolean is(String expectedMethod, String... segments) {
            if (!method.equals(expectedMethod) || path.size() != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (!segments[i].equals("*") && !segments[i].equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean at(int index, String segment) {
            return path.size() > index && Objects.equals(path.get(index), segment);
        }

        int size() {
            return path.size();
        }

        String last() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }
    }
}
