package se.valdsprevention.workflows.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every process instance that works for a municipality the variable {@value #MUNICIPALITY_NAME} beside its
 * code, so that Tasklist's lists and forms say "Norsjö" where they said "2417". Set when the instance starts, from
 * the county's configuration; a code the county does not list gets no name.
 */
public class MunicipalityNamePlugin extends AbstractProcessEnginePlugin {

    public static final String MUNICIPALITY_NAME = "municipalityName";

    private final Map<String, String> names;

    /** @param names municipality code to name, as the county is configured */
    public MunicipalityNamePlugin(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AddNameOnStart(new NameOnStart(names)));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The start listener itself; also usable on its own in tests. */
    public static final class NameOnStart implements ExecutionListener {

        private final Map<String, String> names;

        public NameOnStart(Map<String, String> names) {
            this.names = Map.copyOf(names);
        }

        @Override
        public void notify(DelegateExecution execution) {
            Object code = execution.getVariable(MunicipalityTenantIdProvider.MUNICIPALITY_CODE);
            if (code == null || execution.getVariableLocal(MUNICIPALITY_NAME) != null) {
                return;
            }
            String name = names.get(code.toString());
            if (name != null) {
                execution.setVariable(MUNICIPALITY_NAME, name);
            }
        }
    }

    private static final class AddNameOnStart extends AbstractBpmnParseListener {

        private final ExecutionListener listener;

        AddNameOnStart(ExecutionListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, listener);
        }
    }
}
