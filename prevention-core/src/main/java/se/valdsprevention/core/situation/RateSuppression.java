package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import se.valdsprevention.core.validation.Violations;

/**
 * Small-count suppression of rates per 100 000 inhabitants of person-based indicators. In a municipality of 2,400
 * people a rate gives its count away: 125 per 100 000 is 3 persons. So the count under each rate (rate × population
 * / 100 000) goes through the same rules as counts ({@link Suppression}): a rate whose count is 1–4 is withheld as
 * {@link Suppressed#SMALL_COUNT}, and a rate that together with the others would reveal one (women, men and total)
 * as {@link Suppressed#PROTECTING}. Shown rates keep their value; only the decision uses the counts.
 *
 * <p>The count is the estimate rounded to a whole number, and at least 1 for a rate above zero (a rate above zero
 * stands for at least one person). A source rounds its rates: to one decimal, rounding the estimate recovers the true
 * count for every population below 1,000,000 (the error is at most 0.05 × population / 100 000 &lt; 0.5).
 *
 * <p>Without the population a rate is computed on, the count under it and what the rates reveal together cannot be
 * known. The rule then errs on the side of privacy: every rate above zero of the indicator is withheld as
 * {@link Suppressed#PROTECTING} ("dolt för att skydda små tal", not "färre än 5", which nobody knows); a rate of zero
 * is shown, since it stands for nobody.
 */
public final class RateSuppression {

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    private RateSuppression() {}

    /** Whether the indicator's values are rates that this class suppresses: person-based, per 100 000. */
    public static boolean applies(Indicator indicator) {
        return indicator.personBased() && indicator.unit() == Unit.PER_100K;
    }

    /**
     * The indicator's values as they may be published: its rates suppressed against {@code population} when it is a
     * person-based rate per 100 000, otherwise as {@link SituationPicture#publishable()} publishes it.
     */
    public static PublishedValues publish(Indicator indicator, Population population) {
        if (!applies(indicator)) {
            return Suppression.publish(indicator);
        }
        return publish(indicator.women(), indicator.men(), indicator.total(), population);
    }

    /**
     * Rates per 100 000 for women, men and in total (null where not given) as they may be published, with the
     * population each is computed on.
     */
    public static PublishedValues publish(BigDecimal women, BigDecimal men, BigDecimal total, Population population) {
        var v = new Violations();
        v.requireNonNegative(women, "women");
        v.requireNonNegative(men, "men");
        v.requireNonNegative(total, "total");
        v.throwIfAny();
        BigDecimal[] rates = {women, men, total};
        Long[] inhabitants = {population.women(), population.men(), population.total()};
        BigDecimal[] counts = new BigDecimal[3];
        boolean unknown = false;
        for (int i = 0; i < 3; i++) {
            if (rates[i] == null) {
                continue;
            }
            if (rates[i].signum() == 0) {
                counts[i] = BigDecimal.ZERO;
            } else if (inhabitants[i] == null) {
                unknown = true;
            } else {
                counts[i] = count(rates[i], inhabitants[i]);
            }
        }
        boolean[] withheld = new boolean[3];
        if (unknown) {
            for (int i = 0; i < 3; i++) {
                withheld[i] = rates[i] != null && rates[i].signum() != 0;
            }
        } else {
            withheld = Suppression.withheld(Arrays.asList(counts[0], counts[1]), counts[2]);
        }
        ShownValue[] published = new ShownValue[3];
        for (int i = 0; i < 3; i++) {
            if (rates[i] != null) {
                published[i] = !withheld[i]
                        ? new Shown(rates[i])
                        : counts[i] == null ? Suppressed.PROTECTING : Suppressed.of(counts[i]);
            }
        }
        return new PublishedValues(published[0], published[1], published[2]);
    }

    /** The whole number of persons under a rate above zero: at least one. */
    static BigDecimal count(BigDecimal rate, long population) {
        BigDecimal estimate = rate.multiply(BigDecimal.valueOf(population))
                .divide(HUNDRED_THOUSAND)
                .setScale(0, RoundingMode.HALF_UP);
        return estimate.max(BigDecimal.ONE);
    }
}
