package se.valdsprevention.workflows.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts a listener on every user task of every model the engine deploys (the project's and the host's), so that a
 * task that becomes available to someone writes its notification into the outbox in the same transaction.
 */
public class TaskNotifications extends AbstractProcessEnginePlugin {

    private final Notifications notifications;

    public TaskNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new OnEveryUserTask(notifications));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static final class OnEveryUserTask extends AbstractBpmnParseListener {

        private final TaskListener created;
        private final TaskListener assigned;

        OnEveryUserTask(Notifications notifications) {
            this.created = notifications::taskCreated;
            this.assigned = notifications::taskAssigned;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
        }
    }
}
