package se.valdsprevention.web.situation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.SituationPicture;

/**
 * What changed between two revisions of a situation picture, in Swedish sentences: indicators added, removed or
 * with changed values (published values only, so a small count never shows through a change), and the sections
 * that changed.
 */
final class RevisionChanges {

    private RevisionChanges() {}

    /** @param population the municipality's, that the published values are suppressed against */
    static List<String> between(SituationPicture before, SituationPicture after, Population population) {
        List<String> changes = new ArrayList<>();
        Map<String, Indicator> old = byId(before.indicators());
        Map<String, Indicator> now = byId(after.indicators());
        Map<String, PublishedIndicator> oldShown = publishedById(before, population);
        Map<String, PublishedIndicator> nowShown = publishedById(after, population);
        now.forEach((id, indicator) -> {
            if (!old.containsKey(id)) {
                changes.add("Indikatorn ”" + indicator.name() + "” lades till.");
            }
        });
        old.forEach((id, indicator) -> {
            if (!now.containsKey(id)) {
                changes.add("Indikatorn ”" + indicator.name() + "” togs bort.");
            }
        });
        now.forEach((id, indicator) -> {
            Indicator earlier = old.get(id);
            if (earlier == null || earlier.equals(indicator)) {
                return;
            }
            List<String> parts = new ArrayList<>();
            if (!earlier.name().equals(indicator.name())) {
                parts.add("namn ”" + earlier.name() + "” → ”" + indicator.name() + "”");
            }
            value(
                    parts,
                    "kvinnor",
                    oldShown.get(id),
                    nowShown.get(id),
                    v -> v.values().women(),
                    earlier,
                    indicator,
                    Indicator::women);
            value(
                    parts,
                    "män",
                    oldShown.get(id),
                    nowShown.get(id),
                    v -> v.values().men(),
                    earlier,
                    indicator,
                    Indicator::men);
            value(
                    parts,
                    "totalt",
                    oldShown.get(id),
                    nowShown.get(id),
                    v -> v.values().total(),
                    earlier,
                    indicator,
                    Indicator::total);
            if (parts.isEmpty()) {
                parts.add("uppgifterna om indikatorn ändrades");
            }
            changes.add("Indikatorn ”" + indicator.name() + "”: " + String.join(", ", parts) + ".");
        });
        section(changes, before.period(), after.period(), "Perioden ändrades.");
        section(changes, before.violenceTypes(), after.violenceTypes(), "Våldsformerna ändrades.");
        section(changes, before.observations(), after.observations(), "Iakttagelserna ändrades.");
        section(
                changes,
                before.genderEqualityAnalysis(),
                after.genderEqualityAnalysis(),
                "Jämställdhetsanalysen ändrades.");
        section(changes, before.riskFactors(), after.riskFactors(), "Riskfaktorerna ändrades.");
        section(changes, before.protectiveFactors(), after.protectiveFactors(), "Skyddsfaktorerna ändrades.");
        section(
                changes,
                before.prioritisedProblems(),
                after.prioritisedProblems(),
                "De prioriterade problemen ändrades.");
        section(changes, before.status(), after.status(), "Lägesbilden fastställdes.");
        return changes;
    }

    private static void value(
            List<String> parts,
            String label,
            PublishedIndicator before,
            PublishedIndicator after,
            Function<PublishedIndicator, ShownValue> shown,
            Indicator rawBefore,
            Indicator rawAfter,
            Function<Indicator, java.math.BigDecimal> raw) {
        java.math.BigDecimal was = raw.apply(rawBefore);
        java.math.BigDecimal is = raw.apply(rawAfter);
        if (was == null ? is == null : is != null && was.compareTo(is) == 0) {
            return;
        }
        String from = ShownText.of(shown.apply(before), was).text();
        String to = ShownText.of(shown.apply(after), is).text();
        if (!from.equals(to)) {
            parts.add(label + " " + from + " → " + to);
        }
    }

    private static void section(List<String> changes, Object before, Object after, String sentence) {
        if (!Objects.equals(before, after)) {
            changes.add(sentence);
        }
    }

    private static Map<String, Indicator> byId(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators.forEach(indicator -> map.put(indicator.id(), indicator));
        return map;
    }

    private static Map<String, PublishedIndicator> publishedById(SituationPicture picture, Population population) {
        Map<String, PublishedIndicator> map = new LinkedHashMap<>();
        picture.publishable(population).indicators().forEach(indicator -> map.put(indicator.id(), indicator));
        return map;
    }
}
