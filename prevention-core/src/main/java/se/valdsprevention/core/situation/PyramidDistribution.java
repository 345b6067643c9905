package se.valdsprevention.core.situation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a situation picture's indicators spread over the violence pyramid: the number of indicators on each of the
 * five levels (zeros included) and the number placed on no level. A picture weighted to the top misses the base,
 * where prevention works.
 */
public record PyramidDistribution(Map<PyramidLevel, Integer> countsByLevel, int withoutLevel) {

    public PyramidDistribution {
        var counts = new EnumMap<PyramidLevel, Integer>(PyramidLevel.class);
        for (PyramidLevel level : PyramidLevel.values()) {
            counts.put(level, countsByLevel.getOrDefault(level, 0));
        }
        countsByLevel = Collections.unmodifiableMap(counts);
    }

    public static PyramidDistribution of(SituationPicture picture) {
        var counts = new EnumMap<PyramidLevel, Integer>(PyramidLevel.class);
        int withoutLevel = 0;
        for (Indicator indicator : picture.indicators()) {
            if (indicator.pyramidLevel() == null) {
                withoutLevel++;
            } else {
                counts.merge(indicator.pyramidLevel(), 1, Integer::sum);
            }
        }
        return new PyramidDistribution(counts, withoutLevel);
    }

    public int count(PyramidLevel level) {
        return countsByLevel.get(level);
    }
}
