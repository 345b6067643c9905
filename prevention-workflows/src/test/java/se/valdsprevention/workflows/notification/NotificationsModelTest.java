package se.valdsprevention.workflows.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The reminder tasks Notifications names are the models' tasks that a timer brings. */
class NotificationsModelTest {

    @Test
    void everyTaskATimerLeadsToIsAReminderAndEveryReminderIsAModelsTask() throws IOException {
        Set<String> userTasks = new HashSet<>();
        Set<String> afterATimer = new HashSet<>();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:se/valdsprevention/bpmn/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    if (flow.getSource() instanceof Event event
                            && !event.getChildElementsByType(TimerEventDefinition.class)
                                    .isEmpty()
                            && flow.getTarget() instanceof UserTask task) {
                        afterATimer.add(task.getId());
                    }
                }
            }
        }

        assertThat(userTasks).hasSizeGreaterThan(20);
        assertThat(Notifications.REMINDER_TASKS).containsAll(afterATimer);
        assertThat(userTasks).containsAll(Notifications.REMINDER_TASKS);
    }
}
