package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Which of the county's values of one indicator (women, men, total) must be withheld, so that they reveal no small
 * count: neither their own nor, by difference, a municipality's that its own published picture withholds.
 *
 * <ol>
 *   <li>The county's own figures go through the same rules as a municipality's ({@link Suppression}): a count of 1–4
 *       is withheld, and so is what would reveal it between women, men and total.
 *   <li>Disclosure by difference: a county value equals the sum of the municipalities' values in its column, so once
 *       it is shown the values the municipalities withhold add up to a known number. It is withheld unless that sum
 *       tells nothing about any one of them beyond what its own label says. Of withheld values a reader knows that
 *       "färre än 5" is 1–4 and "dolt för att skydda små tal" is at least 5. One withheld value would be revealed
 *       outright; several that are all 1–4 keep their range 1–4 only when their sum σ of k values lies between k + 3
 *       and 4k − 3 (two values of sum 8 must both be 4); a withheld value of 5 or more gets an upper bound from any
 *       sum, so a column with one is always withheld.
 *   <li>Women plus men make the total: when one of the three is withheld and the other two are shown, one more is
 *       withheld (the other part if it is not zero, else the total; the smaller non-zero part when the total is
 *       withheld), and the total goes when both parts are withheld and add up to 1–4.
 * </ol>
 *
 * <p>The rule covers what one indicator's table reveals by its columns and its rows; it does not solve the table as a
 * system of equations across indicators.
 */
final class CountySuppression {

    static final int WOMEN = 0;
    static final int MEN = 1;
    static final int TOTAL = 2;

    private CountySuppression() {}

    /**
     * @param county the county's counts of women, men and total (for rates: the persons under them); null where not
     *     given
     * @param municipal each contributing municipality's counts, in the same order, null where not known
     * @param municipalWithheld for each municipality, which of its three values its own published picture withholds
     * @return for women, men and total whether the county's value must be withheld
     */
    static boolean[] withheld(BigDecimal[] county, List<BigDecimal[]> municipal, List<boolean[]> municipalWithheld) {
        boolean[] own = Suppression.withheld(Arrays.asList(county[WOMEN], county[MEN]), county[TOTAL]);
        boolean[] withheld = new boolean[3];
        for (int g = 0; g < 3; g++) {
            withheld[g] = county[g] != null && own[g];
        }
        for (int g = 0; g < 3; g++) {
            if (county[g] != null && !withheld[g] && revealsByDifference(g, municipal, municipalWithheld)) {
                withheld[g] = true;
            }
        }
        protectWithinRow(county, withheld);
        return withheld;
    }

    /** Whether showing the county's value in column {@code g} would narrow a municipality's withheld value. */
    static boolean revealsByDifference(int g, List<BigDecimal[]> municipal, List<boolean[]> municipalWithheld) {
        int k = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int m = 0; m < municipal.size(); m++) {
            if (!municipalWithheld.get(m)[g]) {
                continue;
            }
            BigDecimal value = municipal.get(m)[g];
            if (value == null || !Suppression.small(value)) {
                return true;
            }
            k++;
            sum = sum.add(value);
        }
        if (k == 0) {
            return false;
        }
        return sum.compareTo(BigDecimal.valueOf(k + 3L)) < 0 || sum.compareTo(BigDecimal.valueOf(4L * k - 3)) > 0;
    }

    private static void protectWithinRow(BigDecimal[] county, boolean[] withheld) {
        if (county[WOMEN] == null || county[MEN] == null || county[TOTAL] == null) {
            return;
        }
        if (withheld[TOTAL] && !withheld[WOMEN] && !withheld[MEN]) {
            int smaller = county[WOMEN].compareTo(county[MEN]) <= 0 ? WOMEN : MEN;
            int other = smaller == WOMEN ? MEN : WOMEN;
            if (county[smaller].signum() != 0) {
                withheld[smaller] = true;
            } else if (county[other].signum() != 0) {
                withheld[other] = true;
            }
        }
        if (!withheld[TOTAL] && withheld[WOMEN] != withheld[MEN]) {
            int other = withheld[WOMEN] ? MEN : WOMEN;
            if (county[other].signum() != 0) {
                withheld[other] = true;
            } else {
                withheld[TOTAL] = true;
            }
        }
        if (!withheld[TOTAL] && withheld[WOMEN] && withheld[MEN] && Suppression.small(county[WOMEN].add(county[MEN]))) {
            withheld[TOTAL] = true;
        }
    }
}
