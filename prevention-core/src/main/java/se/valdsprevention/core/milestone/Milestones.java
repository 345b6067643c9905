package se.valdsprevention.core.milestone;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.situation.SocioEcologicalLevel;

/**
 * Scores the milestones of a municipality from its facts. Every rule is a ladder: a level holds only when every
 * level below it holds, and the score is the highest level that holds. The rules are written out in
 * {@code docs/milestones.md}.
 */
public final class Milestones {

    /** The share of expected attendance (attended or stood in for) that level 4 of the check-ins asks for, in %. */
    static final int ATTENDANCE_PERCENT = 75;

    /** How many of the four socio-ecological levels the factors must cover for level 4. */
    static final int FACTOR_LEVELS = 3;

    private Milestones() {}

    /** Every milestone's score, in handbook order. */
    public static MilestoneScores score(MunicipalityFacts facts) {
        return new MilestoneScores(
                facts.municipalityCode(),
                Arrays.stream(Milestone.values())
                        .map(milestone -> score(milestone, facts))
                        .toList());
    }

    /** The score of one milestone. */
    public static MilestoneScore score(Milestone milestone, MunicipalityFacts facts) {
        return switch (milestone) {
            case TEAM_FORMED -> teamFormed(facts.team());
            case BASIC_TRAINING -> basicTraining(facts.team());
            case MANDATE_AND_RESOURCES -> mandateAndResources(facts.mandate(), facts.resources());
            case SITUATION_PICTURE_AGREED -> situationPictureAgreed(facts.situationPicture());
            case FACTORS_IDENTIFIED -> factorsIdentified(facts.situationPicture());
            case ACTION_PLAN_DECIDED -> actionPlanDecided(facts.actionPlan());
            case CHECK_INS_HELD -> checkInsHeld(facts.checkIns());
            case FOLLOW_UP_DONE -> followUpDone(facts.actionPlan());
            case LESSONS_SPREAD -> lessonsSpread(facts.lessons());
        };
    }

    private static MilestoneScore teamFormed(TeamFacts team) {
        var m = Milestone.TEAM_FORMED;
        Set<Department> missing = team.missingDepartments();
        int required = team.requiredDepartments().size();
        int represented = required - missing.size();
        if (missing.isEmpty()) {
            return reached(m);
        }
        if (missing.size() == 1) {
            return new MilestoneScore(
                    m, 3, "Verksamheten " + departments(missing) + " som överenskommelsen kräver saknas i teamet.");
        }
        if (represented * 2 >= required) {
            return new MilestoneScore(
                    m,
                    2,
                    "Högst en av de " + required + " verksamheter som överenskommelsen kräver får saknas; nu saknas "
                            + missing.size() + ": " + departments(missing) + ".");
        }
        if (team.activeMembers() > 0) {
            return new MilestoneScore(
                    m,
                    1,
                    "Minst hälften av de " + required + " verksamheter som överenskommelsen kräver ska vara företrädda"
                            + " (nu " + represented + "); saknas: " + departments(missing) + ".");
        }
        return new MilestoneScore(m, 0, "Kommunteamet har inga aktiva medlemmar: registrera minst en medlem.");
    }

    private static MilestoneScore basicTraining(TeamFacts team) {
        var m = Milestone.BASIC_TRAINING;
        int active = team.activeMembers();
        int trained = team.membersWithBasicTraining();
        if (active == 0) {
            return new MilestoneScore(m, 0, "Kommunteamet har inga aktiva medlemmar som kan gå grundutbildningen.");
        }
        if (trained == active) {
            return reached(m);
        }
        if (trained * 4 >= active * 3) {
            return new MilestoneScore(
                    m,
                    3,
                    "Alla " + active + " aktiva medlemmar ska ha gått grundutbildningen; " + (active - trained)
                            + " har inte gått den.");
        }
        if (trained * 2 >= active) {
            return new MilestoneScore(m, 2, trainingShortOf("tre fjärdedelar", (3 * active + 3) / 4, active, trained));
        }
        if (trained > 0) {
            return new MilestoneScore(m, 1, trainingShortOf("hälften", (active + 1) / 2, active, trained));
        }
        return new MilestoneScore(m, 0, "Ingen av de " + active + " aktiva medlemmarna har gått grundutbildningen.");
    }

    private static String trainingShortOf(String share, int needed, int active, int trained) {
        return "Minst " + share + " av de " + active + " aktiva medlemmarna (" + needed
                + ") ska ha gått grundutbildningen; nu " + trained + ", det behövs " + (needed - trained) + " till.";
    }

    private static MilestoneScore mandateAndResources(DecisionState mandate, DecisionState resources) {
        var m = Milestone.MANDATE_AND_RESOURCES;
        String states = " (mandat: " + state(mandate) + ", resurser: " + state(resources) + ")";
        if (followedUp(mandate) && followedUp(resources)) {
            return reached(m);
        }
        if (approved(mandate) && approved(resources)) {
            return new MilestoneScore(m, 3, "Besluten om mandat och resurser ska följas upp" + states + ".");
        }
        if (approved(mandate) || approved(resources)) {
            return new MilestoneScore(m, 2, "Både mandat och resurser ska vara beslutade" + states + ".");
        }
        if (underWay(mandate) || underWay(resources)) {
            return new MilestoneScore(m, 1, "Ett beslut om mandat eller resurser ska fattas" + states + ".");
        }
        return new MilestoneScore(m, 0, "Lägg fram ett förslag till beslut om mandat eller resurser" + states + ".");
    }

    private static MilestoneScore situationPictureAgreed(PictureFacts picture) {
        var m = Milestone.SITUATION_PICTURE_AGREED;
        if (picture == null) {
            return new MilestoneScore(m, 0, "Påbörja en lägesbild.");
        }
        if (!picture.agreed()) {
            return new MilestoneScore(m, 1, "Teamet ska fastställa lägesbilden.");
        }
        if (!picture.genderEqualityAnalysis()) {
            return new MilestoneScore(m, 2, "Den fastställda lägesbilden saknar jämställdhetsanalys.");
        }
        int personBased = picture.personBasedIndicators();
        if (personBased == 0) {
            return new MilestoneScore(
                    m, 3, "Lägesbilden ska ha minst en personbaserad indikator uppdelad på kvinnor och män.");
        }
        if (picture.genderSplitIndicators() < personBased) {
            return new MilestoneScore(
                    m,
                    3,
                    "Alla " + personBased + " personbaserade indikatorer ska vara uppdelade på kvinnor och män (nu "
                            + picture.genderSplitIndicators() + ").");
        }
        return reached(m);
    }

    private static MilestoneScore factorsIdentified(PictureFacts picture) {
        var m = Milestone.FACTORS_IDENTIFIED;
        if (picture == null || picture.riskFactors() + picture.protectiveFactors() == 0) {
            return new MilestoneScore(m, 0, "Identifiera minst en risk- eller skyddsfaktor i lägesbilden.");
        }
        if (picture.riskFactors() == 0 || picture.protectiveFactors() == 0) {
            return new MilestoneScore(
                    m,
                    1,
                    "Lägesbilden ska ha både riskfaktorer och skyddsfaktorer (nu " + picture.riskFactors()
                            + " riskfaktorer och " + picture.protectiveFactors() + " skyddsfaktorer).");
        }
        if (picture.influenceableFactors() == 0) {
            return new MilestoneScore(m, 2, "Markera vilka av faktorerna kommunen kan påverka.");
        }
        if (picture.factorLevels().size() < FACTOR_LEVELS) {
            return new MilestoneScore(
                    m,
                    3,
                    "Faktorerna ska finnas på minst " + FACTOR_LEVELS + " av de fyra socioekologiska nivåerna (nu "
                            + levels(picture.factorLevels()) + ").");
        }
        return reached(m);
    }

    private static MilestoneScore actionPlanDecided(PlanFacts plan) {
        var m = Milestone.ACTION_PLAN_DECIDED;
        if (plan == null) {
            return new MilestoneScore(m, 0, "Påbörja en handlingsplan.");
        }
        if (plan.goals() == 0 || plan.activities() == 0) {
            return new MilestoneScore(
                    m,
                    1,
                    "Handlingsplanen ska ha minst ett mål och en aktivitet (nu " + plan.goals() + " mål och "
                            + plan.activities() + " aktiviteter).");
        }
        if (plan.goalsWithBaselineAndTarget() < plan.goals()) {
            return new MilestoneScore(
                    m,
                    2,
                    "Alla " + plan.goals() + " mål ska ha utgångsvärde och målvärde (nu "
                            + plan.goalsWithBaselineAndTarget() + ").");
        }
        if (!plan.adopted()) {
            return new MilestoneScore(
                    m, 3, "Handlingsplanen ska antas genom ett beslut (nu: " + state(plan.adoption()) + ").");
        }
        return reached(m);
    }

    private static MilestoneScore checkInsHeld(CheckInFacts checkIns) {
        var m = Milestone.CHECK_INS_HELD;
        int planned = checkIns.planned();
        int held = checkIns.held();
        if (planned == 0) {
            return new MilestoneScore(
                    m, 0, "Inga månadsavstämningar är planerade för de senaste sex månaderna: planera dem.");
        }
        if (held == 0) {
            return new MilestoneScore(
                    m, 0, "Ingen av de " + planned + " planerade avstämningarna de senaste sex månaderna har hållits.");
        }
        if (held * 2 < planned) {
            return new MilestoneScore(
                    m,
                    1,
                    "Minst hälften av de " + planned
                            + " planerade avstämningarna de senaste sex månaderna ska hållas (nu " + held + ").");
        }
        if (held < planned) {
            return new MilestoneScore(
                    m,
                    2,
                    "Alla " + planned + " planerade avstämningar de senaste sex månaderna ska hållas (nu " + held
                            + ").");
        }
        var attendance = checkIns.attendance();
        if (attendance.expected() == 0) {
            return new MilestoneScore(
                    m, 3, "Ingen teammedlem förväntades på avstämningarna, så närvaron kan inte bedömas.");
        }
        int present = attendance.attended() + attendance.substituted();
        if (present * 100 < attendance.expected() * ATTENDANCE_PERCENT) {
            return new MilestoneScore(
                    m,
                    3,
                    "Närvaron på avstämningarna (med ersättare) ska vara minst " + ATTENDANCE_PERCENT + " % (nu "
                            + present * 100 / attendance.expected() + " %).");
        }
        return reached(m);
    }

    private static MilestoneScore followUpDone(PlanFacts plan) {
        var m = Milestone.FOLLOW_UP_DONE;
        if (plan == null) {
            return new MilestoneScore(m, 0, "Det finns ingen handlingsplan att följa upp.");
        }
        if (plan.activities() == 0) {
            return new MilestoneScore(m, 0, "Handlingsplanen har inga aktiviteter att följa upp.");
        }
        if (plan.activitiesFollowedUp() == 0) {
            return new MilestoneScore(
                    m, 0, "Gör produktionsuppföljning av minst en av de " + plan.activities() + " aktiviteterna.");
        }
        if (plan.activitiesFollowedUp() < plan.activities()) {
            return new MilestoneScore(
                    m,
                    1,
                    "Alla " + plan.activities() + " aktiviteter ska ha produktionsuppföljning (nu "
                            + plan.activitiesFollowedUp() + ").");
        }
        if (plan.goals() == 0) {
            return new MilestoneScore(m, 2, "Handlingsplanen har inga mål att göra resultatuppföljning av.");
        }
        if (plan.goalsMeasured() == 0) {
            return new MilestoneScore(m, 2, "Gör resultatuppföljning av minst ett av de " + plan.goals() + " målen.");
        }
        if (plan.goalsMeasured() < plan.goals()) {
            return new MilestoneScore(
                    m,
                    3,
                    "Alla " + plan.goals() + " mål ska ha resultatuppföljning (nu " + plan.goalsMeasured() + ").");
        }
        return reached(m);
    }

    private static MilestoneScore lessonsSpread(LessonsFacts lessons) {
        var m = Milestone.LESSONS_SPREAD;
        if (lessons == null) {
            return new MilestoneScore(m, 0, "Skriv ner lärdomarna från cykeln.");
        }
        if (lessons.spreadChannels() == 0) {
            return new MilestoneScore(m, 1, "Sprid lärdomarna genom minst en kanal.");
        }
        if (lessons.spreadChannels() == 1) {
            return new MilestoneScore(m, 2, "Sprid lärdomarna genom minst två kanaler (nu en).");
        }
        if (lessons.nextCycleStartedOn() == null) {
            return new MilestoneScore(m, 3, "Starta nästa cykel.");
        }
        return reached(m);
    }

    private static MilestoneScore reached(Milestone milestone) {
        return new MilestoneScore(milestone, MilestoneScore.MAX, null);
    }

    private static boolean approved(DecisionState decision) {
        return decision != null && decision.approved();
    }

    private static boolean followedUp(DecisionState decision) {
        return decision != null && decision.followedUp();
    }

    private static boolean underWay(DecisionState decision) {
        return decision != null && decision.underWay();
    }

    private static String state(DecisionState decision) {
        return decision == null ? "inget förslag" : decision.status().label();
    }

    private static String departments(Collection<Department> departments) {
        return departments.stream().map(Department::label).collect(Collectors.joining(", "));
    }

    private static String levels(Set<SocioEcologicalLevel> levels) {
        return levels.isEmpty()
                ? "ingen"
                : levels.stream().map(SocioEcologicalLevel::label).collect(Collectors.joining(", "));
    }
}
