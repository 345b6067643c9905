package se.valdsprevention.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.core.situation.ReportingPeriod;

/** A valid action plan of Norsjö for 2025–2027, and builders to vary one part of it. */
public final class ActionPlanFixtures {

    public static final ReportingPeriod PLAN_PERIOD =
            new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));

    private ActionPlanFixtures() {}

    public static ProgrammeTheory programmeTheory() {
        return new ProgrammeTheory(
                "Många elever, särskilt flickor, utsätts för kränkningar på nätet.",
                "Lärare leder normkritiska samtal i varje klass i årskurs 7–9.",
                "Eleverna känner igen kränkningar och säger ifrån.",
                "Färre elever utsätts för kränkningar.");
    }

    /** Fewer pupils violated at school: from 13 to 8 by the end of 2027. */
    public static Goal fewerViolatedPupils() {
        return new Goal(
                "fewer-violated-pupils",
                "Färre elever utsätts för kränkningar i skolan.",
                "school-harassment",
                new BigDecimal("13"),
                new BigDecimal("8"),
                LocalDate.of(2027, 12, 31));
    }

    public static ActivityBuilder activity() {
        return new ActivityBuilder();
    }

    public static ActionPlanBuilder plan() {
        return new ActionPlanBuilder();
    }

    public static ActionPlan norsjoPlan() {
        return plan().build();
    }

    public static final class ActivityBuilder {
        private String id = "norm-talks";
        private String title = "Normkritiska samtal i skolan";
        private Department department = Department.SCHOOL;
        private String responsibleRole = "Rektor";
        private ReportingPeriod period = new ReportingPeriod(LocalDate.of(2025, 8, 15), LocalDate.of(2026, 6, 15));
        private Resources resources = new Resources(new BigDecimal("25000"), new BigDecimal("120"));
        private String decisionReference = "ks-2025-12";
        private PreventionLevel preventionLevel = PreventionLevel.UNIVERSAL;
        private PreventionKind preventionKind = PreventionKind.SOCIAL;
        private AmbitionLevel ambitionLevel = AmbitionLevel.AVANCERAD;
        private ProgrammeTheory programmeTheory = ActionPlanFixtures.programmeTheory();
        private String methodId;

        public ActivityBuilder id(String id) {
            this.id = id;
            return this;
        }

        public ActivityBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ActivityBuilder period(ReportingPeriod period) {
            this.period = period;
            return this;
        }

        public ActivityBuilder decisionReference(String decisionReference) {
            this.decisionReference = decisionReference;
            return this;
        }

        public ActivityBuilder ambitionLevel(AmbitionLevel ambitionLevel) {
            this.ambitionLevel = ambitionLevel;
            return this;
        }

        public ActivityBuilder programmeTheory(ProgrammeTheory programmeTheory) {
            this.programmeTheory = programmeTheory;
            return this;
        }

        public ActivityBuilder methodId(String methodId) {
            this.methodId = methodId;
            return this;
        }

        public Activity build() {
            return new Activity(
                    id,
                    title,
                    department,
                    responsibleRole,
                    period,
                    resources,
                    decisionReference,
                    preventionLevel,
                    preventionKind,
                    ambitionLevel,
                    programmeTheory,
                    methodId);
        }
    }

    public static final class ActionPlanBuilder {
        private String municipalityCode = CountyFixtures.NORSJO;
        private ReportingPeriod period = PLAN_PERIOD;
        private String vision = "Ingen i Norsjö ska utsättas för våld.";
        private List<Goal> goals = List.of(fewerViolatedPupils());
        private List<Activity> activities = List.of(
                activity().build(),
                activity()
                        .id("safe-paths")
                        .title("Trygga gångstråk vid skolan")
                        .decisionReference(null)
                        .build());
        private List<ProductionFollowUp> production =
                List.of(new ProductionFollowUp("norm-talks", ActivityStatus.IN_PROGRESS, "Startade i augusti."));
        private List<OutcomeFollowUp> outcomes = List.of(new OutcomeFollowUp(
                "fewer-violated-pupils", new BigDecimal("11"), LocalDate.of(2026, 3, 1), "Skolenkät 2026."));

        public ActionPlanBuilder vision(String vision) {
            this.vision = vision;
            return this;
        }

        public ActionPlanBuilder goals(List<Goal> goals) {
            this.goals = goals;
            return this;
        }

        public ActionPlanBuilder activities(List<Activity> activities) {
            this.activities = activities;
            return this;
        }

        public ActionPlanBuilder productionFollowUps(List<ProductionFollowUp> production) {
            this.production = production;
            return this;
        }

        public ActionPlanBuilder outcomeFollowUps(List<OutcomeFollowUp> outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        public ActionPlan build() {
            return new ActionPlan(municipalityCode, period, vision, goals, activities, production, outcomes);
        }
    }
}
