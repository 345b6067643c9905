package se.valdsprevention.workflows.change;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Raises a municipality's {@link MunicipalityChanges revision} for every history event of its tenant: an activity
 * started or ended, a task created, assigned or completed, a variable set, an incident, an identity link, an
 * operation logged. The engine's own history handler stays in place; this one is added beside it.
 */
public class MunicipalityChangeHistory extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final MunicipalityChanges changes;

    public MunicipalityChangeHistory(MunicipalityChanges changes) {
        this.changes = changes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        changes.touch(tenantOf(event));
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** The tenant (municipality code) of an event of the kinds the county's pages read; null for others. */
    static String tenantOf(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return activity.getTenantId();
        }
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            return task.getTenantId();
        }
        if (event instanceof HistoricDetailEventEntity detail) {
            return detail.getTenantId();
        }
        if (event instanceof HistoricProcessInstanceEventEntity instance) {
            return instance.getTenantId();
        }
        if (event instanceof HistoricIncidentEventEntity incident) {
            return incident.getTenantId();
        }
        if (event instanceof HistoricIdentityLinkLogEventEntity link) {
            return link.getTenantId();
        }
        if (event instanceof UserOperationLogEntryEventEntity operation) {
            return operation.getTenantId();
        }
        return null;
    }
}
