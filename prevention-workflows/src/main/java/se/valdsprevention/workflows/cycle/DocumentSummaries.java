package se.valdsprevention.workflows.cycle;

import java.util.stream.Collectors;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Suppressed;

/**
 * The documents of a cycle as short Swedish text for the forms that show them. A situation picture
 * is only ever summarised from its publishable view, so a small count never reaches a form.
 */
public final class DocumentSummaries {

    private DocumentSummaries() {}

    public static String of(SituationPicture picture) {
        PublishedSituationPicture published = picture.publishable();
        String indicators =
                published.indicators().stream().map(DocumentSummaries::line).collect(Collectors.joining("\n"));
        return "Lägesbild " + published.period().start() + "–"
                + published.period().end() + " (" + published.indicators().size() + " indikatorer)\n" + indicators;
    }

    public static String of(ActionPlan plan) {
        String goals = plan.goals().stream()
                .map(goal -> "Mål: " + goal.description() + " (från "
                        + goal.baseline().toPlainString() + " till "
                        + goal.target().toPlainString() + " senast " + goal.deadline() + ")")
                .collect(Collectors.joining("\n"));
        String activities = plan.activities().stream()
                .map(activity -> "Aktivitet: " + activity.title() + " ("
                        + activity.department().label() + ")")
                .collect(Collectors.joining("\n"));
        return "Vision: " + plan.vision() + "\n" + goals + "\n" + activities + "\nUppföljda aktiviteter: "
                + plan.productionFollowUps().size() + " av " + plan.activities().size() + ", uppföljda mål: "
                + plan.outcomeFollowUps().size() + " av " + plan.goals().size();
    }

    private static String line(PublishedIndicator indicator) {
        String level = indicator.pyramidLevel() == null
                ? ""
                : " [" + indicator.pyramidLevel().label() + "]";
        return "• " + indicator.name() + level + ": kvinnor "
                + value(indicator.values().women()) + ", män "
                + value(indicator.values().men()) + ", totalt "
                + value(indicator.values().total());
    }

    private static String value(ShownValue value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Shown shown) {
            return shown.value().stripTrailingZeros().toPlainString();
        }
        return ((Suppressed) value).label();
    }
}
