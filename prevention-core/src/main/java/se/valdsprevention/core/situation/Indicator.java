package se.valdsprevention.core.situation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import se.valdsprevention.core.validation.Violations;

/**
 * An indicator (indikator, nyckeltal) in a situation picture, with values for women, men and in total. A
 * person-based indicator gives women and men, or says in {@code noGenderSplitReason} why it cannot. Values are
 * aggregated figures only; publish them through {@link SituationPicture#publishable()}, which suppresses small
 * counts.
 *
 * @param personBased whether the values count or describe persons; required in JSON, since it decides suppression
 * @param pyramidLevel the level of the violence pyramid the indicator shows, or null when it shows none
 * @param origin where imported figures come from, or null for typed ones
 * @param population the population the source computed rates per 100 000 on, or null when the source gave none (the
 *     area's population is then used, see {@link SituationPicture#publishable(Population)})
 */
public record Indicator(
        String id,
        String name,
        String source,
        Unit unit,
        @JsonProperty(required = true) boolean personBased,
        PyramidLevel pyramidLevel,
        BigDecimal women,
        BigDecimal men,
        BigDecimal total,
        String noGenderSplitReason,
        IndicatorOrigin origin,
        Population population) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A typed indicator: no origin, no population of its own. */
    public Indicator(
            String id,
            String name,
            String source,
            Unit unit,
            boolean personBased,
            PyramidLevel pyramidLevel,
            BigDecimal women,
            BigDecimal men,
            BigDecimal total,
            String noGenderSplitReason) {
        this(id, name, source, unit, personBased, pyramidLevel, women, men, total, noGenderSplitReason, null, null);
    }

    public Indicator {
        source = Violations.blankToNull(source);
        noGenderSplitReason = Violations.blankToNull(noGenderSplitReason);
        var v = new Violations();
        v.requireId(id, "id");
        v.requireText(name, "name", Violations.NAME_MAX);
        v.optionalText(source, "source", Violations.NAME_MAX);
        v.requireNonNull(unit, "unit");
        checkValue(v, women, "women", unit);
        checkValue(v, men, "men", unit);
        checkValue(v, total, "total", unit);
        v.require(
                women != null || men != null || total != null,
                "total",
                "minst ett av kvinnor, män eller totalt måste anges");
        boolean split = women != null && men != null;
        if (personBased && !split) {
            v.require(
                    noGenderSplitReason != null,
                    "noGenderSplitReason",
                    "måste ange varför kvinnor och män inte redovisas var för sig för en personbaserad indikator");
        }
        if (split && noGenderSplitReason != null) {
            v.add("noGenderSplitReason", "måste vara tomt när kvinnor och män redovisas");
        }
        v.optionalText(noGenderSplitReason, "noGenderSplitReason", Violations.TEXT_MAX);
        if (split && total != null && unit != null && unit.count()) {
            BigDecimal sum = women.add(men);
            v.require(sum.compareTo(total) <= 0, "total", "måste vara minst kvinnor + män (" + sum + ")");
        }
        v.throwIfAny();
    }

    /** Whether both women and men are given. */
    public boolean hasGenderSplit() {
        return women != null && men != null;
    }

    /** The same indicator with {@code origin} and the population under its rates. */
    public Indicator from(IndicatorOrigin origin, Population population) {
        return new Indicator(
                id,
                name,
                source,
                unit,
                personBased,
                pyramidLevel,
                women,
                men,
                total,
                noGenderSplitReason,
                origin,
                population);
    }

    /** Whether the figures are those of {@code other}: same unit, person base and values, scale aside. */
    public boolean sameFigures(Indicator other) {
        return unit == other.unit
                && personBased == other.personBased
                && same(women, other.women)
                && same(men, other.men)
                && same(total, other.total);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Whether small counts of this indicator must be suppressed when published: person-based counts. */
    public boolean suppressible() {
        return personBased && unit.count();
    }

    private static void checkValue(Violations v, BigDecimal value, String path, Unit unit) {
        if (value == null || unit == null) {
            return;
        }
        if (unit != Unit.OTHER) {
            v.requireNonNegative(value, path);
        }
        if (unit == Unit.PERCENT) {
            v.require(value.compareTo(HUNDRED) <= 0, path, "får vara högst 100 för enheten procent");
        }
        if (unit.count()) {
            v.require(
                    value.stripTrailingZeros().scale() <= 0, path, "måste vara ett heltal för enheten " + unit.label());
        }
    }
}
