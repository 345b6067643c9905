package se.valdsprevention.web.situation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Element;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.workflows.situation.SituationPictures;

/** Cycles started where the situation picture is written, and pictures posted by hand as a browser would. */
final class SituationPageFixture {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SituationPictures pictures;
    private final List<String> started = new ArrayList<>();

    SituationPageFixture(RuntimeService runtimeService, IdentityService identityService, SituationPictures pictures) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.pictures = pictures;
    }

    static String url(String code) {
        return "/kommuner/" + code + "/lagesbild";
    }

    /** A cycle of the municipality waiting at the given activities (for example both mapping tasks of step 2). */
    String startAt(String code, String label, String... activities) {
        identityService.clearAuthentication();
        var builder = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", code)
                .setVariable("cycleLabel", label);
        for (String activity : activities) {
            builder = builder.startBeforeActivity(activity);
        }
        String id = builder.execute().getId();
        started.add(id);
        return id;
    }

    /** A cycle started at these activities with these variables besides the municipality and the label. */
    String startWith(String code, String label, java.util.Map<String, Object> variables, String... activities) {
        identityService.clearAuthentication();
        var builder = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariables(variables)
                .setVariable("municipalityCode", code)
                .setVariable("cycleLabel", label);
        for (String activity : activities) {
            builder = builder.startBeforeActivity(activity);
        }
        String id = builder.execute().getId();
        started.add(id);
        return id;
    }

    String cycleId(String processInstanceId) {
        return (String) runtimeService.getVariable(processInstanceId, "cycleId");
    }

    int revisions(String processInstanceId) {
        return pictures.history(cycleId(processInstanceId)).size();
    }

    void deleteStarted() {
        identityService.clearAuthentication();
        for (String id : started) {
            if (runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceId(id)
                            .count()
                    > 0) {
                runtimeService.deleteProcessInstance(id, "test finished", true, true);
            }
        }
        started.clear();
    }

    /**
     * Posts the page's form with exactly these fields (plus the CSRF token, cycle and base revision the page
     * carries), as a script or a hand-written form would.
     */
    static Page post(PageSession session, String code, Map<String, String> fields) {
        Page page = session.get(url(code));
        Map<String, List<String>> body = new LinkedHashMap<>();
        body.put("_csrf", List.of(session.csrfToken("/")));
        Element form = page.document().selectFirst("#lagesbild-form");
        if (form != null) {
            body.put("cycleId", List.of(form.selectFirst("input[name=cycleId]").attr("value")));
            body.put(
                    "baseRevision",
                    List.of(form.selectFirst("input[name=baseRevision]").attr("value")));
        }
        fields.forEach((name, value) -> body.put(name, List.of(value)));
        return session.post(url(code), body);
    }

    /** The fields of a valid picture with one person-based indicator. */
    static Map<String, String> picture(String indicatorName, String women, String men, String total) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("periodStart", "2026-01-01");
        fields.put("periodEnd", "2026-12-31");
        fields.put("violenceTypes", "SCHOOL");
        fields.put("indicators[0].name", indicatorName);
        fields.put("indicators[0].source", "Skolenkäten");
        fields.put("indicators[0].unit", "PERSONS");
        fields.put("indicators[0].personBased", "true");
        fields.put("indicators[0].pyramidLevel", "VIOLATIONS_AND_HARASSMENT");
        fields.put("indicators[0].women", women);
        fields.put("indicators[0].men", men);
        fields.put("indicators[0].total", total);
        fields.put("action", "save");
        return fields;
    }
}
