package se.valdsprevention.workflows.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;

/** Small valid situation pictures and action plans of a municipality, as a cycle stores them. */
final class CycleDocumentFixtures {

    private CycleDocumentFixtures() {}

    /** Pupils who report being violated at school: 3 girls, 10 boys, 13 in total. */
    static Indicator schoolHarassment() {
        return new Indicator(
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
    }

    /** A draft of {@code areaCode} for {@code year} with one indicator. */
    static SituationPicture draft(String areaCode, int year) {
        return new SituationPicture(
                areaCode,
                ReportingPeriod.ofYear(year),
                List.of(ViolenceType.SCHOOL),
                PictureStatus.DRAFT,
                null,
                null,
                List.of(schoolHarassment()),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    static SituationPicture agreed(String areaCode, int year) {
        return draft(areaCode, year).agree("Kommunteamet", LocalDate.of(year + 1, 3, 1));
    }

    /** A plan with a vision and nothing else yet. */
    static ActionPlan plan(String municipalityCode, String vision) {
        return new ActionPlan(
                municipalityCode,
                new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                vision,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
