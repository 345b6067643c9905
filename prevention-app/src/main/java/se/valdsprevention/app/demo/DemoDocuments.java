package se.valdsprevention.app.demo;

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
import se.valdsprevention.core.situation.Observation;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The documents the demo's coordinators write: situation pictures with figures of the size a municipality of 2,500
 * to 6,500 inhabitants has (so several person-based counts are 1–4 and show as "färre än 5"), and action plans whose
 * goals start from the picture's figures. Invented, but of a realistic order.
 */
final class DemoDocuments {

    /** Reported assaults on women in close relationships: in a small municipality a handful a year. */
    static final String ASSAULTS = "anmaldMisshandelNaraRelation";

    static final String HARASSMENT = "elevtrakasserier";
    static final String INSECURITY = "otryggaKvall";
    static final String THREATS = "anmaldaOlagaHot";

    private DemoDocuments() {}

    /**
     * A draft picture of the year {@code year}; {@code shift} moves the figures a little, so a second cycle's picture
     * differs from the first one's. The women's count of assaults is 1–4, suppressed everywhere.
     */
    static SituationPicture picture(String code, String place, int year, int shift) {
        return new SituationPicture(
                code,
                ReportingPeriod.ofYear(year),
                List.of(ViolenceType.CLOSE_RELATIONSHIPS, ViolenceType.SCHOOL),
                PictureStatus.DRAFT,
                null,
                null,
                List.of(
                        new Indicator(
                                ASSAULTS,
                                "Anmäld misshandel av kvinnor i nära relation",
                                "Brå, anmälda brott",
                                Unit.CASES,
                                true,
                                PyramidLevel.SERIOUS_VIOLENCE,
                                number(3 - Math.min(shift, 1)),
                                number(1),
                                number(4 - Math.min(shift, 1)),
                                null),
                        new Indicator(
                                THREATS,
                                "Anmälda olaga hot",
                                "Polisen, lokal lägesbild",
                                Unit.CASES,
                                true,
                                PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE,
                                number(9 - shift),
                                number(7),
                                number(16 - shift),
                                null),
                        new Indicator(
                                HARASSMENT,
                                "Elever i årskurs 9 som utsatts för sexuella trakasserier",
                                "Skolenkäten",
                                Unit.PERSONS,
                                true,
                                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                                number(12 - 2 * shift),
                                number(4),
                                number(16 - 2 * shift),
                                null),
                        new Indicator(
                                INSECURITY,
                                "Känner sig otrygga ute sent på kvällen",
                                "Nationella trygghetsundersökningen (NTU)",
                                Unit.PERCENT,
                                true,
                                null,
                                number(31 - 3 * shift),
                                number(11),
                                number(21 - shift),
                                null)),
                List.of(
                        new Observation(
                                "Flickor i årskurs 9 utsätts oftare för sexuella kommentarer på nätet och i korridoren.",
                                "Skolenkäten"),
                        new Observation(
                                "Polisen ser få anmälningar om våld i nära relation och räknar med ett stort mörkertal.",
                                "Kommunpolisen i " + place)),
                new GenderEqualityAnalysis(
                        "Kvinnor och flickor utsätts oftare för våld i nära relation och sexuella trakasserier, män"
                                + " och pojkar oftare för hot och våld i offentlig miljö.",
                        "Nästan tre gånger så många kvinnor som män känner sig otrygga ute sent på kvällen.",
                        "Kvinnor avstår från kvällsaktiviteter; flickor undviker vissa platser i skolan."),
                List.of(new RiskFactor(SocioEcologicalLevel.COMMUNITY, "Få vuxna ute kvällstid.", true)),
                List.of(new ProtectiveFactor(SocioEcologicalLevel.RELATIONSHIP, "Starka föreningar.", true)),
                List.of(new PrioritisedProblem(
                        1,
                        "Sexuella trakasserier bland unga och våld i nära relation.",
                        List.of(HARASSMENT, ASSAULTS))));
    }

    /**
     * The action plan of a turn starting {@code year}: two goals from the picture, three activities; followed up, the
     * goals were measured two weeks before today on the engine's clock.
     */
    static ActionPlan plan(String code, String place, int year, int shift, FollowUp followUp) {
        LocalDate measuredAt = EngineClock.today().minusDays(14);
        ReportingPeriod period = new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
        Goal harassment = new Goal(
                "farreTrakasserade",
                "Färre elever i årskurs 9 utsätts för sexuella trakasserier",
                HARASSMENT,
                number(16 - 2 * shift),
                number(8),
                LocalDate.of(year + 1, 12, 31));
        Goal insecurity = new Goal(
                "tryggareKvall",
                "Färre kvinnor känner sig otrygga ute sent på kvällen",
                INSECURITY,
                number(31 - 3 * shift),
                number(20),
                LocalDate.of(year + 1, 12, 31));
        Activity mentors = new Activity(
                "mentorerHogstadiet",
                "Mentorer i våldsprevention (MVP) på högstadiet",
                Department.SCHOOL,
                "rektor",
                period,
                new Resources(new BigDecimal("40000"), new BigDecimal("120")),
                null,
                PreventionLevel.UNIVERSAL,
                PreventionKind.SOCIAL,
                AmbitionLevel.AVANCERAD,
                new ProgrammeTheory(
                        "Normer om våld och kön formas i tonåren.",
                        "Äldre elever leder samtal om våld och jämställdhet i varje klass.",
                        "Fler elever säger ifrån mot trakasserier.",
                        "Färre elever utsätts för sexuella trakasserier."));
        Activity lighting = new Activity(
                "tryggaStraket",
                "Trygghetsvandring och belysning längs stråket till " + place + " centrum",
                Department.URBAN_PLANNING,
                "samhällsbyggnadschef",
                period,
                new Resources(new BigDecimal("150000"), new BigDecimal("60")),
                null,
                PreventionLevel.UNIVERSAL,
                PreventionKind.SITUATIONAL,
                AmbitionLevel.GRUNDLAGGANDE,
                new ProgrammeTheory(
                        "Mörka stråk gör att kvinnor undviker att gå ut på kvällen.",
                        "Trygghetsvandring med kvinnor och unga, sedan belysning där de visar.",
                        "Fler rör sig ute på kvällen.",
                        "Färre kvinnor känner sig otrygga."));
        Activity socialServices = new Activity(
                "fragaOmVald",
                "Rutin för att fråga om våld i socialtjänstens samtal",
                Department.SOCIAL_SERVICES,
                "enhetschef",
                period,
                new Resources(new BigDecimal("10000"), new BigDecimal("80")),
                null,
                PreventionLevel.SELECTIVE,
                PreventionKind.SOCIAL,
                AmbitionLevel.GRUNDLAGGANDE,
                new ProgrammeTheory(
                        "Våld i nära relation upptäcks sent.",
                        "Alla handläggare frågar om våld enligt en rutin.",
                        "Fler utsatta får stöd tidigt.",
                        "Mindre upprepat våld."));
        List<Activity> activities = List.of(mentors, lighting, socialServices);
        List<ProductionFollowUp> production = followUp == FollowUp.NONE
                ? List.of()
                : List.of(
                        new ProductionFollowUp(mentors.id(), ActivityStatus.DONE, "Alla klasser i årskurs 8 deltog."),
                        new ProductionFollowUp(lighting.id(), ActivityStatus.DONE, "Tolv nya armaturer."),
                        new ProductionFollowUp(
                                socialServices.id(),
                                ActivityStatus.IN_PROGRESS,
                                "Rutinen införd i två av tre enheter."));
        List<OutcomeFollowUp> outcomes = followUp == FollowUp.COMPLETE
                ? List.of(
                        new OutcomeFollowUp(harassment.id(), number(13 - 2 * shift), measuredAt, "Skolenkäten."),
                        new OutcomeFollowUp(insecurity.id(), number(27 - 3 * shift), measuredAt, null))
                : List.of();
        return new ActionPlan(
                code,
                period,
                "Ett " + place + " där ingen utsätts för våld och alla kan röra sig tryggt.",
                List.of(harassment, insecurity),
                activities,
                production,
                outcomes);
    }

    /** How far the plan has been followed up. */
    enum FollowUp {
        NONE,
        COMPLETE
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }
}
