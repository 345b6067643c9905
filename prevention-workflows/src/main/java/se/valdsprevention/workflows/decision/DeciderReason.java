package se.valdsprevention.workflows.decision;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import se.valdsprevention.core.decision.Resources;

/**
 * Why a proposal goes to the decider the routing chose, as the decision's form says it: the county's limits, what
 * the proposal asks for, who registers a board decision in Tasklist, and four eyes.
 */
final class DeciderReason {

    static final String BOARD_CHAIR_GROUP = "board-chair";

    private DeciderReason() {}

    static String of(
            String deciderRole,
            String deciderGroup,
            Resources resources,
            BigDecimal managerMaxSek,
            BigDecimal managerMaxHours,
            BigDecimal boardChairMaxSek) {
        StringBuilder reason = new StringBuilder();
        reason.append("Förslaget gäller ")
                .append(amount(resources == null ? null : resources.sek()))
                .append(" kr och ")
                .append(amount(resources == null ? null : resources.hours()))
                .append(" arbetstimmar. ");
        if (managerMaxSek != null && managerMaxHours != null && boardChairMaxSek != null) {
            reason.append("Enligt beslutsordningen beslutar kommunchefen upp till ")
                    .append(amount(managerMaxSek))
                    .append(" kr och ")
                    .append(amount(managerMaxHours))
                    .append(" timmar, kommunstyrelsens ordförande upp till ")
                    .append(amount(boardChairMaxSek))
                    .append(" kr, och kommunstyrelsen om styrdokument, handlingsplaner och större belopp. ");
        }
        reason.append("Därför beslutar ").append(deciderRole).append('.');
        if (BOARD_CHAIR_GROUP.equals(deciderGroup)
                && deciderRole.startsWith("Kommunstyrelsen")
                && !deciderRole.contains("ordförande")) {
            reason.append(" Kommunstyrelsens ordförande registrerar kommunstyrelsens beslut här.");
        }
        reason.append(" Den som lämnat förslaget kan inte själv besluta om det (fyra ögon).");
        return reason.toString();
    }

    private static String amount(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        DecimalFormatSymbols swedish = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        swedish.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0.##", swedish).format(value);
    }
}
