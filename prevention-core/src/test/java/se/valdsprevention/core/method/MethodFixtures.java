package se.valdsprevention.core.method;

import java.util.List;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.ViolenceType;

/** A small method bank: bystander training, a dating-violence programme, safety walks and an inventory. */
public final class MethodFixtures {

    private MethodFixtures() {}

    public static Method mvp() {
        return new Method(
                "mvp",
                "Mentorer i våldsprevention",
                List.of(ViolenceType.SCHOOL, ViolenceType.SEXUAL, ViolenceType.CLOSE_RELATIONSHIPS),
                "Skola",
                "Elever i årskurs 7–9",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.AVANCERAD,
                "Utvärderad i Sverige med lovande resultat.");
    }

    public static Method datingViolence() {
        return new Method(
                "dating-violence",
                "Våld i ungas relationer",
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                "Fritidsgård",
                "Unga 13–18 år",
                PreventionLevel.SELECTIVE,
                AmbitionLevel.FORSKNING,
                null);
    }

    public static Method safetyWalk() {
        return new Method(
                "safety-walk",
                "Trygghetsvandring",
                List.of(ViolenceType.PUBLIC_PLACES),
                "Offentlig miljö",
                "Boende",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.GRUNDLAGGANDE,
                "Väl beprövad för att hitta otrygga platser.");
    }

    public static Method askingAboutViolence() {
        return new Method(
                "asking-about-violence",
                "Att fråga om våld",
                List.of(ViolenceType.CLOSE_RELATIONSHIPS, ViolenceType.HONOUR_RELATED),
                "Socialtjänst",
                "Vuxna som söker stöd",
                PreventionLevel.INDICATED,
                AmbitionLevel.GRUNDLAGGANDE,
                "Rutin enligt Socialstyrelsens föreskrifter.");
    }

    public static MethodBank bank() {
        return new MethodBank(List.of(mvp(), datingViolence(), safetyWalk(), askingAboutViolence()));
    }
}
