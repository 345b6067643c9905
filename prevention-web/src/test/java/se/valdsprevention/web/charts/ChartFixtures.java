package se.valdsprevention.web.charts;

import java.math.BigDecimal;
import java.util.List;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;

/** Situation pictures for the chart tests. */
final class ChartFixtures {

    private ChartFixtures() {}

    static Indicator persons(String id, String name, PyramidLevel level, Integer women, Integer men, Integer total) {
        return new Indicator(
                id,
                name,
                "Skolenkät årskurs 9",
                Unit.PERSONS,
                true,
                level,
                number(women),
                number(men),
                number(total),
                women == null || men == null ? "Uppgiften finns inte uppdelad på kön" : null);
    }

    static Indicator percent(String id, String name, String women, String men) {
        return new Indicator(
                id,
                name,
                "Polisens lokala lägesbild",
                Unit.PERCENT,
                false,
                PyramidLevel.NORMS_AND_ATTITUDES,
                new BigDecimal(women),
                new BigDecimal(men),
                null,
                null);
    }

    static SituationPicture draft(String areaCode, int year, List<Indicator> indicators) {
        return new SituationPicture(
                areaCode,
                ReportingPeriod.ofYear(year),
                List.of(ViolenceType.SCHOOL),
                PictureStatus.DRAFT,
                null,
                null,
                indicators,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    static PublishedSituationPicture published(int year, Indicator... indicators) {
        return draft("2417", year, List.of(indicators)).publishable();
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
