package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (the npm package, installed by {@code .ci/run} into {@code .ci/axe}) in the page the browser shows,
 * against WCAG 2.0/2.1 A and AA, and fails on any serious or critical violation. Writes each page's findings to
 * {@code target/axe/<page>.txt}. Without the package the check fails in CI and is skipped elsewhere.
 */
final class AxeCheck {

    static final Path REPORTS = Path.of("target", "axe");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations.map(v => ({
                  id: v.id, impact: v.impact || '', help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')}))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
            """;

    private AxeCheck() {}

    /** The serious and critical violations axe finds in the current page; fails the test if there are any. */
    static List<String> requireNoSeriousViolations(JavascriptExecutor page, String pageName) {
        String axe = script();
        page.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        List<String> all = new ArrayList<>();
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            String line = violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " ("
                    + violation.get("targets") + ")";
            all.add(line);
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(line);
            }
        }
        try {
            Files.createDirectories(REPORTS);
            Files.write(REPORTS.resolve(pageName + ".txt"), all.isEmpty() ? List.of("no violations") : all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!serious.isEmpty()) {
            fail("axe-core found serious or critical accessibility violations on " + pageName + ":\n"
                    + String.join("\n", serious));
        }
        return all;
    }

    private static String script() {
        Path found = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".ci/axe/node_modules/axe-core/axe.min.js");
            if (Files.isReadable(candidate)) {
                found = candidate;
                break;
            }
        }
        if (found == null) {
            String message = "The accessibility check needs axe-core: (cd .ci/axe && npm ci)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        try {
            return Files.readString(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
