package se.valdsprevention.workflows.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.ActivityStatus;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.plan.ProgrammeTheory;
import se.valdsprevention.core.situation.GenderEqualityAnalysis;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;

/** A Norsjö situation picture and action plan as a coordinator would send them, for the cycle tests. */
public final class CycleDocuments {

    private CycleDocuments() {}

    public static SituationPicture draftPicture(String municipalityCode, int year) {
        return new SituationPicture(
                municipalityCode,
                ReportingPeriod.ofYear(year),
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                PictureStatus.DRAFT,
                null,
                null,
                List.of(
                        new Indicator(
                                "reportedAssaults",
                                "Anmälda misshandelsbrott mot kvinnor i nära relation",
                                "Brå",
                                Unit.CASES,
                                true,
                                PyramidLevel.SERIOUS_VIOLENCE,
                                new BigDecimal("3"),
                                new BigDecimal("9"),
                                new BigDecimal("12"),
                                null),
                        new Indicator(
                                "insecurity",
                                "Känner sig otrygga ute sent på kvällen",
                                "NTU",
                                Unit.PERCENT,
                                true,
                                null,
                                new BigDecimal("31"),
                                new BigDecimal("12"),
                                new BigDecimal("21"),
                                null)),
                List.of(),
                new GenderEqualityAnalysis(
                        "Kvinnor utsätts oftare för våld i nära relation.",
                        "Kvinnor är otryggare än män i offentlig miljö.",
                        "Kvinnor avstår från aktiviteter på kvällen."),
                List.of(),
                List.of(),
                List.of());
    }

    public static ActionPlan plan(String municipalityCode, int year, boolean followedUp) {
        ReportingPeriod period = ReportingPeriod.ofYear(year);
        Goal goal = new Goal(
                "fewerInsecure",
                "Färre kvinnor känner sig otrygga",
                "insecurity",
                new BigDecimal("31"),
                new BigDecimal("20"),
                LocalDate.of(year, 12, 31));
        Activity activity = new Activity(
                "mentorsInViolencePrevention",
                "Mentorer i våldsprevention på högstadiet",
                Department.SCHOOL,
                "rektor",
                period,
                new Resources(new BigDecimal("40000"), new BigDecimal("120")),
                null,
                PreventionLevel.UNIVERSAL,
                PreventionKind.SOCIAL,
                AmbitionLevel.AVANCERAD,
                new ProgrammeTheory(
                        "Normer om våld formas i tonåren.",
                        "Elever leder samtal om våld och jämställdhet.",
                        "Fler elever säger ifrån.",
                        "Mindre våld i nära relationer."));
        return new ActionPlan(
                municipalityCode,
                period,
                "Norsjö är fritt från våld.",
                List.of(goal),
                List.of(activity),
                followedUp
                        ? List.of(new ProductionFollowUp(activity.id(), ActivityStatus.DONE, "Alla klasser deltog."))
                        : List.of(),
                followedUp
                        ? List.of(new OutcomeFollowUp(goal.id(), new BigDecimal("27"), LocalDate.of(year, 12, 1), null))
                        : List.of());
    }
}
