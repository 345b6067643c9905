package se.valdsprevention.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;

/** Situation pictures and action plans as a coordinator sends them: DomainJson, schemaVersion 1. */
final class CycleDocumentJson {

    private static final DomainJson JSON = new DomainJson();

    private CycleDocumentJson() {}

    /**
     * A draft of {@code areaCode} for 2025 whose one indicator counts 3 girls and 10 boys violated at school, 13
     * in total: the 3 must never be shown.
     */
    static ObjectNode draftPicture(String areaCode) {
        Indicator harassment = new Indicator(
                "school-harassment",
                "Elever som utsatts för kränkningar i skolan",
                "Skolenkät årskurs 9",
                Unit.PERSONS,
                true,
                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                new BigDecimal("3"),
                new BigDecimal("10"),
                new BigDecimal("13"),
                null);
        return tree(new SituationPicture(
                areaCode,
                ReportingPeriod.ofYear(2025),
                List.of(ViolenceType.SCHOOL),
                PictureStatus.DRAFT,
                null,
                null,
                List.of(harassment),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of()));
    }

    static ObjectNode plan(String municipalityCode) {
        return tree(new ActionPlan(
                municipalityCode,
                new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                "Ingen ska utsättas för våld.",
                List.of(),
                List.of(),
                List.of(),
                List.of()));
    }

    private static ObjectNode tree(Object document) {
        try {
            return (ObjectNode) JSON.mapper().readTree(JSON.write(document));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
