package se.valdsprevention.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionProposal;
import se.valdsprevention.core.decision.DecisionType;
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
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.web.charts.CycleFigures;
import se.valdsprevention.web.charts.SituationCharts;

/** Situation pictures, plans and whole board reports for the report's tests and its benchmark. */
final class BoardReportFixtures {

    static final String SMALL_INDICATOR = "Elever utsatta för sexuella trakasserier";
    static final String SMALL_INDICATOR_ID = "trakasserier";
    static final Population NORSJO = Population.of(1950, 2100);

    private BoardReportFixtures() {}

    /** The renderer as the application wires it, with the templates from the classpath. */
    static BoardReport renderer() {
        return renderer(RenderedCharts.MAX_ENTRIES);
    }

    /** The same renderer keeping at most {@code chartsKept} drawn charts; 0 draws every chart for every report. */
    static BoardReport renderer(int chartsKept) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new BoardReport(engine, new SituationCharts(), chartsKept);
    }

    /**
     * A picture of {@code indicators} indicators (at least one): the first a person-based count whose women are 3
     * (shown as "färre än 5", the men then hidden to protect it), the others alternating counts and percentages.
     */
    static SituationPicture picture(String code, int year, boolean agreed, int indicators) {
        List<Indicator> list = new ArrayList<>();
        list.add(new Indicator(
                SMALL_INDICATOR_ID,
                SMALL_INDICATOR,
                "Skolenkäten",
                Unit.PERSONS,
                true,
                PyramidLevel.VIOLATIONS_AND_HARASSMENT,
                new BigDecimal("3"),
                new BigDecimal("12"),
                new BigDecimal("15"),
                null));
        PyramidLevel[] levels = PyramidLevel.values();
        for (int i = 1; i < indicators; i++) {
            boolean count = i % 2 == 1;
            list.add(new Indicator(
                    "indikator-" + i,
                    (count ? "Anmälda brott, slag " : "Andel som känner sig otrygga, fråga ") + i,
                    count ? "Polisen" : "NTU",
                    count ? Unit.PERSONS : Unit.PERCENT,
                    count,
                    levels[i % levels.length],
                    new BigDecimal(count ? 20 + i : 30 + i),
                    new BigDecimal(count ? 25 + i : 12 + i),
                    count ? new BigDecimal(45 + 2 * i) : null,
                    null));
        }
        SituationPicture picture = new SituationPicture(
                code,
                ReportingPeriod.ofYear(year),
                List.of(ViolenceType.SCHOOL, ViolenceType.values()[0]),
                PictureStatus.DRAFT,
                null,
                null,
                list,
                List.of(
                        new Observation("Flickor i årskurs 9 utsätts oftare för sexuella kommentarer.", "Skolenkäten"),
                        new Observation("Fler anmälningar om hot på helger.", "Polisen")),
                new GenderEqualityAnalysis(
                        "Kvinnor och flickor utsätts oftare för sexuellt våld, män oftare för våld på offentlig"
                                + " plats.",
                        "Flickor är mer otrygga kvällstid än pojkar.",
                        "Insatser i skolan behöver nå både flickor och pojkar."),
                List.of(new RiskFactor(SocioEcologicalLevel.COMMUNITY, "Få vuxna ute kvällstid.", true)),
                List.of(new ProtectiveFactor(SocioEcologicalLevel.RELATIONSHIP, "Starka föreningar.", true)),
                List.of(new PrioritisedProblem(1, "Sexuella trakasserier i skolan.", List.of(SMALL_INDICATOR_ID))));
        return agreed ? picture.agree("Kommunteamet", LocalDate.of(year, 12, 15)) : picture;
    }

    static ActionPlan plan(String code, int goals, int activities) {
        List<Goal> goalList = new ArrayList<>();
        List<OutcomeFollowUp> outcomes = new ArrayList<>();
        for (int i = 0; i < goals; i++) {
            goalList.add(new Goal(
                    "mal-" + i,
                    "Färre elever utsätts, mål " + (i + 1) + ".",
                    "indikator-" + (2 * i + 1),
                    new BigDecimal(40 + i),
                    new BigDecimal(20 + i),
                    LocalDate.of(2029, 12, 31)));
            if (i % 2 == 0) {
                outcomes.add(new OutcomeFollowUp("mal-" + i, new BigDecimal(35 + i), LocalDate.of(2027, 6, 30), null));
            }
        }
        List<Activity> activityList = new ArrayList<>();
        List<ProductionFollowUp> production = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            activityList.add(new Activity(
                    "aktivitet-" + i,
                    "Insats " + (i + 1) + ": samtal om normer i klassen",
                    Department.SCHOOL,
                    "Rektor",
                    new ReportingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                    new Resources(new BigDecimal("25000"), new BigDecimal("120")),
                    null,
                    PreventionLevel.UNIVERSAL,
                    PreventionKind.SOCIAL,
                    AmbitionLevel.AVANCERAD,
                    new ProgrammeTheory(
                            "Många elever utsätts för kränkningar och sexuella trakasserier.",
                            "Samtal i varje klass med en beprövad metod.",
                            "Eleverna känner igen och säger ifrån mot trakasserier.",
                            "Färre elever utsätts."),
                    null));
            if (i % 2 == 0) {
                production.add(new ProductionFollowUp(
                        "aktivitet-" + i, i == 0 ? ActivityStatus.DONE : ActivityStatus.IN_PROGRESS, "Enligt plan."));
            }
        }
        return new ActionPlan(
                code,
                new ReportingPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
                "Ingen ska utsättas för våld i kommunen.",
                goalList,
                activityList,
                production,
                outcomes);
    }

    static Decision approvedDecision(String code, String id) {
        return Decision.propose(
                        new DecisionProposal(
                                id,
                                DecisionType.PARTICIPATION_MANDATE,
                                code,
                                "coordinator-" + code,
                                "manager",
                                "Mandat för kommunteamet",
                                "Teamet får mandat att arbeta enligt handboken.",
                                "Delta i arbetet två timmar i veckan.",
                                new Resources(new BigDecimal("50000"), new BigDecimal("200")),
                                LocalDate.of(2027, 6, 30),
                                List.of()),
                        LocalDate.of(2026, 3, 1))
                .approve("manager-" + code, LocalDate.of(2026, 3, 10));
    }

    /**
     * A whole report as the controller would gather it: a picture of {@code indicators} indicators over {@code
     * cycles} agreed cycles (the last one {@code agreed} or a draft), a plan and three decisions.
     */
    static BoardReportData report(int indicators, int cycles, boolean agreed, int goals, int activities) {
        List<CycleFigures> trend = new ArrayList<>();
        SituationPicture current = null;
        for (int c = 0; c < cycles; c++) {
            int year = 2026 - cycles + 1 + c;
            current = picture("2417", year, agreed || c < cycles - 1, indicators);
            trend.add(new CycleFigures(Integer.toString(year), current.publishable(NORSJO)));
        }
        ActionPlan plan = plan("2417", goals, activities);
        List<BoardReportData.GoalRow> goalRows = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            goalRows.add(new BoardReportData.GoalRow(
                    i + 1,
                    goal.description(),
                    goal.indicatorId(),
                    BoardReport.number(goal.baseline()),
                    BoardReport.number(goal.target()),
                    goal.deadline().toString(),
                    "Inte mätt ännu."));
        }
        List<BoardReportData.DecisionRow> decisions = List.of(
                new BoardReportData.DecisionRow(
                        "Mandat för kommunteamet",
                        "mandat att delta",
                        "beslutat",
                        "2026-03-10",
                        "2027-06-30",
                        "inte uppföljt ännu"),
                new BoardReportData.DecisionRow(
                        "Resurser 2027", "resurser", "beslutat", "2026-05-02", "2027-05-01", "inte uppföljt ännu"),
                new BoardReportData.DecisionRow(
                        "Handlingsplan 2027–2029",
                        "antagande av handlingsplan",
                        "föreslaget",
                        "–",
                        "2027-12-31",
                        "inte uppföljt ännu"));
        return new BoardReportData(
                "2417",
                "Norsjö",
                "Västerbotten",
                LocalDate.of(2026, 12, 2),
                new BoardReportData.Picture(current.publishable(NORSJO), agreed, 4, trend),
                new BoardReportData.Plan(plan, 3, "2026-12-01 10:00", goalRows),
                decisions);
    }
}
