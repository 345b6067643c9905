package se.valdsprevention.workflows.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Closes two doors of the engine that this library's models do not use and an attacker would:
 *
 * <ul>
 *   <li><b>Scripts.</b> A deployed model may carry scripts (script tasks, listeners, conditions) in any language a
 *       JSR-223 engine on the classpath speaks, Groovy or JavaScript for example: code run inside the application.
 *       Only JUEL, the language of the models' expressions, is resolved; a script in any other language fails
 *       with a message saying so, whatever an administrator deploys and whatever jars an installation adds.
 *   <li><b>Deserialization.</b> Object variables are deserialized only into the types Camunda allows by default
 *       (strings, numbers, standard collections) and this library's own ({@code se.valdsprevention}); a variable
 *       that names any other Java type is refused instead of instantiated.
 * </ul>
 */
public class SafeEngineDefaults extends AbstractProcessEnginePlugin {

    /** The only script language left: the expression language the models already use. */
    static final Set<String> SCRIPT_LANGUAGES = Set.of("juel");

    static final String OWN_PACKAGE = "se.valdsprevention";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        Set<String> packages = new LinkedHashSet<>();
        if (configuration.getDeserializationAllowedPackages() != null
                && !configuration.getDeserializationAllowedPackages().isBlank()) {
            packages.add(configuration.getDeserializationAllowedPackages());
        }
        packages.add(OWN_PACKAGE);
        configuration.setDeserializationAllowedPackages(String.join(",", packages));
        configuration.setScriptEngineResolver(new JuelOnly(new DefaultScriptEngineResolver(new ScriptEngineManager())));
    }

    /** Resolves JUEL as Camunda does and refuses every other script language. */
    static final class JuelOnly implements ScriptEngineResolver {

        private final ScriptEngineResolver delegate;

        JuelOnly(ScriptEngineResolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            delegate.addScriptEngineFactory(factory);
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return delegate.getScriptEngineManager();
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            if (language == null || !SCRIPT_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
                throw new ProcessEngineException("Scripts in '" + language + "' are disabled in this installation;"
                        + " only expressions (JUEL) run. See docs/operations.md, 'Deployments are code'.");
            }
            return delegate.getScriptEngine(language, resolveFromCache);
        }
    }
}
