package se.valdsprevention.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.milestone.MilestoneFixtures.REQUIRED;
import static se.valdsprevention.core.milestone.MilestoneFixtures.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.team.AttendanceRates.Tally;

class MilestonesTest {

    private static MilestoneScore assertScore(MilestoneScore score, int expected) {
        assertThat(score.score()).as("score of %s", score.milestone()).isEqualTo(expected);
        if (expected == MilestoneScore.MAX) {
            assertThat(score.missing()).as("nothing is missing at level 4").isNull();
        } else {
            assertThat(score.missing()).as("what is missing below level 4").isNotBlank();
        }
        return score;
    }

    @Test
    void scoresEveryMilestoneInHandbookOrderWithItsStep() {
        var scores = Milestones.score(facts().build());

        assertThat(scores.municipalityCode()).isEqualTo("2417");
        assertThat(scores.scores()).extracting(MilestoneScore::milestone).containsExactly(Milestone.values());
        assertThat(Arrays.stream(Milestone.values()).map(Milestone::step)).isSorted();
        assertThat(scores.ofStep(1))
                .extracting(MilestoneScore::milestone)
                .containsExactly(Milestone.TEAM_FORMED, Milestone.BASIC_TRAINING, Milestone.MANDATE_AND_RESOURCES);
        assertThat(scores.ofStep(4))
                .extracting(MilestoneScore::milestone)
                .containsExactly(Milestone.ACTION_PLAN_DECIDED);
        assertThat(scores.ofStep(5)).hasSize(3);
    }

    @Test
    void aMunicipalityThatHasDoneEverythingReachesEveryMilestone() {
        var scores = Milestones.score(facts().build());

        assertThat(scores.scores()).allSatisfy(score -> assertScore(score, 4));
        assertThat(scores.total()).isEqualTo(36);
        assertThat(scores.maximum()).isEqualTo(36);
        assertThat(scores.average()).isEqualByComparingTo("4.0");
    }

    @Test
    void aMunicipalityThatHasJustStartedScoresZeroEverywhereAndIsToldWhereToBegin() {
        var scores = Milestones.score(facts().team(new TeamFacts(REQUIRED, Set.of(), 0, 0))
                .mandate(null)
                .resources(null)
                .picture(null)
                .plan(null)
                .checkIns(CheckInFacts.none())
                .lessons(null)
                .build());

        assertThat(scores.scores()).allSatisfy(score -> assertScore(score, 0));
        assertThat(scores.total()).isZero();
        assertThat(scores.average()).isEqualByComparingTo("0.0");
        assertThat(scores.of(Milestone.TEAM_FORMED).missing()).contains("inga aktiva medlemmar");
        assertThat(scores.of(Milestone.SITUATION_PICTURE_AGREED).missing()).isEqualTo("Påbörja en lägesbild.");
        assertThat(scores.of(Milestone.CHECK_INS_HELD).missing()).contains("Inga månadsavstämningar är planerade");
    }

    @Test
    void averagesWithOneDecimalHalfUp() {
        // 4 + 4 + 3 + 4 + 4 + 4 + 4 + 4 + 0 = 31; 31 / 9 = 3.44...
        var scores = Milestones.score(
                facts().resources(MilestoneFixtures.approved()).lessons(null).build());

        assertThat(scores.total()).isEqualTo(31);
        assertThat(scores.average()).isEqualTo(new BigDecimal("3.4"));
    }

    @Nested
    class TeamFormed {

        private MilestoneScore score(Set<Department> required, Set<Department> represented, int active) {
            return facts().team(new TeamFacts(required, represented, active, 0)).score(Milestone.TEAM_FORMED);
        }

        private Set<Department> of(Department... departments) {
            var set = EnumSet.noneOf(Department.class);
            set.addAll(Arrays.asList(departments));
            return set;
        }

        @Test
        void zeroWithoutActiveMembers() {
            assertScore(score(REQUIRED, Set.of(), 0), 0);
        }

        @Test
        void oneForATeamWhoseMembersRepresentNoRequiredDepartment() {
            var score = assertScore(score(REQUIRED, of(Department.BUSINESS), 2), 1);

            assertThat(score.missing())
                    .isEqualTo("Minst hälften av de 4 verksamheter som överenskommelsen kräver ska vara företrädda"
                            + " (nu 0); saknas: socialtjänst, skola, fritid/kultur, polis.");
        }

        @Test
        void oneBelowHalfOfTheRequiredDepartments() {
            assertScore(score(REQUIRED, of(Department.SCHOOL), 3), 1);
            var five = of(
                    Department.SOCIAL_SERVICES,
                    Department.SCHOOL,
                    Department.PRESCHOOL,
                    Department.LEISURE_CULTURE,
                    Department.POLICE);
            assertScore(score(five, of(Department.SOCIAL_SERVICES, Department.SCHOOL), 2), 1);
            assertScore(score(five, of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE), 3), 2);
        }

        @Test
        void twoAtHalfOfTheRequiredDepartments() {
            var score = assertScore(score(REQUIRED, of(Department.SCHOOL, Department.POLICE), 2), 2);

            assertThat(score.missing()).contains("nu saknas 2: socialtjänst, fritid/kultur");
        }

        @Test
        void threeWhenOneRequiredDepartmentIsMissing() {
            var score = assertScore(
                    score(REQUIRED, of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE), 5), 3);

            assertThat(score.missing())
                    .isEqualTo("Verksamheten fritid/kultur som överenskommelsen kräver saknas i teamet.");
        }

        @Test
        void threeRatherThanTwoWhenTheOnlyMissingDepartmentIsAlsoHalf() {
            assertScore(score(of(Department.SCHOOL, Department.POLICE), of(Department.SCHOOL), 1), 3);
        }

        @Test
        void fourWhenEveryRequiredDepartmentIsRepresentedWhateverElseIs() {
            var represented = of(Department.values());
            assertScore(score(REQUIRED, represented, represented.size()), 4);
            assertScore(score(of(Department.POLICE), of(Department.POLICE), 1), 4);
        }
    }

    @Nested
    class BasicTraining {

        @ParameterizedTest(name = "{1} of {0} trained scores {2}")
        @CsvSource({
            "0, 0, 0", "4, 0, 0", "4, 1, 1", "5, 2, 1", "4, 2, 2", "5, 3, 2", "8, 5, 2", "4, 3, 3", "8, 6, 3",
            "5, 4, 3", "4, 4, 4", "1, 1, 4"
        })
        void scoresTheShareOfActiveMembersWithBasicTraining(int active, int trained, int expected) {
            var represented = active == 0 ? Set.<Department>of() : Set.of(Department.SOCIAL_SERVICES);

            assertScore(
                    facts().team(new TeamFacts(REQUIRED, represented, active, trained))
                            .score(Milestone.BASIC_TRAINING),
                    expected);
        }

        @Test
        void saysHowManyMoreMembersNeedTheTraining() {
            var score = facts().team(new TeamFacts(REQUIRED, REQUIRED, 7, 4)).score(Milestone.BASIC_TRAINING);

            assertThat(score.missing())
                    .isEqualTo("Minst tre fjärdedelar av de 7 aktiva medlemmarna (6) ska ha gått grundutbildningen;"
                            + " nu 4, det behövs 2 till.");
        }
    }

    @Nested
    class MandateAndResources {

        private DecisionState state(String status) {
            if (status.equals("NONE")) {
                return null;
            }
            var decisionStatus = DecisionStatus.valueOf(status);
            boolean decided = decisionStatus == DecisionStatus.APPROVED
                    || decisionStatus == DecisionStatus.REJECTED
                    || decisionStatus == DecisionStatus.FOLLOWED_UP;
            return new DecisionState(decisionStatus, decided ? LocalDate.of(2025, 2, 1) : null);
        }

        @ParameterizedTest(name = "mandate {0}, resources {1} scores {2}")
        @CsvSource({
            "NONE, NONE, 0",
            "REJECTED, NONE, 0",
            "REJECTED, REJECTED, 0",
            "PROPOSED, NONE, 1",
            "NONE, RETURNED, 1",
            "REJECTED, PROPOSED, 1",
            "APPROVED, NONE, 2",
            "APPROVED, PROPOSED, 2",
            "REJECTED, FOLLOWED_UP, 2",
            "APPROVED, APPROVED, 3",
            "FOLLOWED_UP, APPROVED, 3",
            "FOLLOWED_UP, FOLLOWED_UP, 4"
        })
        void scoresHowFarBothDecisionsHaveCome(String mandate, String resources, int expected) {
            assertScore(
                    facts().mandate(state(mandate)).resources(state(resources)).score(Milestone.MANDATE_AND_RESOURCES),
                    expected);
        }

        @Test
        void namesWhereEachDecisionStands() {
            var score = facts().mandate(MilestoneFixtures.approved())
                    .resources(null)
                    .score(Milestone.MANDATE_AND_RESOURCES);

            assertThat(score.missing())
                    .isEqualTo(
                            "Både mandat och resurser ska vara beslutade (mandat: beslutat, resurser: inget förslag).");
        }
    }

    @Nested
    class SituationPictureAgreed {

        private PictureFacts picture(PictureStatus status, boolean analysis, int personBased, int split) {
            return new PictureFacts(
                    status,
                    status == PictureStatus.AGREED ? LocalDate.of(2025, 3, 1) : null,
                    analysis,
                    personBased,
                    split,
                    0,
                    0,
                    0,
                    Set.of());
        }

        private MilestoneScore score(PictureFacts picture) {
            return facts().picture(picture).score(Milestone.SITUATION_PICTURE_AGREED);
        }

        @Test
        void zeroWithoutAPicture() {
            assertScore(score(null), 0);
        }

        @Test
        void oneForADraftHoweverCompleteItIs() {
            assertThat(assertScore(score(picture(PictureStatus.DRAFT, true, 3, 3)), 1)
                            .missing())
                    .isEqualTo("Teamet ska fastställa lägesbilden.");
        }

        @Test
        void twoForAnAgreedPictureWithoutGenderEqualityAnalysis() {
            assertScore(score(picture(PictureStatus.AGREED, false, 3, 3)), 2);
        }

        @Test
        void threeWhenAPersonBasedIndicatorLacksTheGenderSplit() {
            assertThat(assertScore(score(picture(PictureStatus.AGREED, true, 3, 2)), 3)
                            .missing())
                    .isEqualTo("Alla 3 personbaserade indikatorer ska vara uppdelade på kvinnor och män (nu 2).");
        }

        @Test
        void threeWithoutAnyPersonBasedIndicator() {
            assertThat(assertScore(score(picture(PictureStatus.AGREED, true, 0, 0)), 3)
                            .missing())
                    .contains("minst en personbaserad indikator");
        }

        @Test
        void fourWhenAgreedWithAnalysisAndEveryPersonBasedIndicatorSplit() {
            assertScore(score(picture(PictureStatus.AGREED, true, 1, 1)), 4);
        }
    }

    @Nested
    class FactorsIdentified {

        private MilestoneScore score(int risk, int protective, int influenceable, SocioEcologicalLevel... levels) {
            var set = EnumSet.noneOf(SocioEcologicalLevel.class);
            set.addAll(Arrays.asList(levels));
            return facts().picture(new PictureFacts(
                            PictureStatus.DRAFT, null, false, 0, 0, risk, protective, influenceable, set))
                    .score(Milestone.FACTORS_IDENTIFIED);
        }

        @Test
        void zeroWithoutAPictureOrWithoutFactors() {
            assertScore(facts().picture(null).score(Milestone.FACTORS_IDENTIFIED), 0);
            assertScore(score(0, 0, 0), 0);
        }

        @Test
        void oneWithOnlyRiskOrOnlyProtectiveFactors() {
            assertThat(assertScore(score(2, 0, 2, SocioEcologicalLevel.COMMUNITY), 1)
                            .missing())
                    .isEqualTo("Lägesbilden ska ha både riskfaktorer och skyddsfaktorer (nu 2 riskfaktorer och 0"
                            + " skyddsfaktorer).");
            assertScore(score(0, 1, 0, SocioEcologicalLevel.COMMUNITY), 1);
        }

        @Test
        void twoWithBothKindsButNoneInfluenceable() {
            assertScore(
                    score(
                            3,
                            3,
                            0,
                            SocioEcologicalLevel.INDIVIDUAL,
                            SocioEcologicalLevel.COMMUNITY,
                            SocioEcologicalLevel.SOCIETY),
                    2);
        }

        @Test
        void threeOnFewerThanThreeSocioEcologicalLevels() {
            assertThat(assertScore(score(1, 1, 1, SocioEcologicalLevel.RELATIONSHIP, SocioEcologicalLevel.SOCIETY), 3)
                            .missing())
                    .isEqualTo("Faktorerna ska finnas på minst 3 av de fyra socioekologiska nivåerna (nu relation,"
                            + " samhälle).");
        }

        @Test
        void fourOnThreeLevelsWithAnInfluenceableFactor() {
            assertScore(
                    score(
                            2,
                            1,
                            1,
                            SocioEcologicalLevel.INDIVIDUAL,
                            SocioEcologicalLevel.RELATIONSHIP,
                            SocioEcologicalLevel.SOCIETY),
                    4);
        }
    }

    @Nested
    class ActionPlanDecided {

        private MilestoneScore score(PlanFacts plan) {
            return facts().plan(plan).score(Milestone.ACTION_PLAN_DECIDED);
        }

        @Test
        void zeroWithoutAPlan() {
            assertScore(score(null), 0);
        }

        @Test
        void oneWithoutGoalsOrWithoutActivities() {
            assertThat(assertScore(score(new PlanFacts(null, 0, 0, 2, 0, 0)), 1).missing())
                    .isEqualTo("Handlingsplanen ska ha minst ett mål och en aktivitet (nu 0 mål och 2 aktiviteter).");
            assertScore(score(new PlanFacts(null, 2, 2, 0, 0, 0)), 1);
        }

        @Test
        void twoWhenAGoalLacksBaselineOrTarget() {
            assertThat(assertScore(score(new PlanFacts(MilestoneFixtures.approved(), 3, 2, 1, 0, 0)), 2)
                            .missing())
                    .isEqualTo("Alla 3 mål ska ha utgångsvärde och målvärde (nu 2).");
        }

        @Test
        void threeUntilTheAdoptionIsApproved() {
            assertThat(assertScore(score(new PlanFacts(null, 1, 1, 1, 0, 0)), 3).missing())
                    .isEqualTo("Handlingsplanen ska antas genom ett beslut (nu: inget förslag).");
            assertScore(score(new PlanFacts(MilestoneFixtures.proposed(), 1, 1, 1, 0, 0)), 3);
            assertThat(assertScore(score(new PlanFacts(MilestoneFixtures.rejected(), 1, 1, 1, 0, 0)), 3)
                            .missing())
                    .contains("nu: avslaget");
        }

        @Test
        void fourWhenAdoptedWhetherOrNotFollowedUp() {
            assertScore(score(new PlanFacts(MilestoneFixtures.approved(), 1, 1, 1, 0, 0)), 4);
            assertScore(score(new PlanFacts(MilestoneFixtures.followedUp(), 1, 1, 1, 0, 0)), 4);
        }
    }

    @Nested
    class CheckInsHeld {

        @ParameterizedTest(name = "{1} of {0} held, {4}+{5} of {3} present scores {2}")
        @CsvSource({
            "0, 0, 0, 0, 0, 0",
            "6, 0, 0, 0, 0, 0",
            "6, 2, 1, 8, 8, 0",
            "5, 2, 1, 8, 8, 0",
            "6, 3, 2, 12, 12, 0",
            "5, 3, 2, 12, 12, 0",
            "6, 5, 2, 20, 20, 0",
            "6, 6, 3, 0, 0, 0",
            "6, 6, 3, 100, 74, 0",
            "6, 6, 4, 100, 75, 0",
            "6, 6, 4, 100, 70, 5",
            "1, 1, 4, 4, 3, 0"
        })
        void scoresTheCheckInsHeldAndTheirAttendance(
                int planned, int held, int expected, int members, int attended, int substituted) {
            assertScore(
                    facts().checkIns(new CheckInFacts(planned, held, new Tally(members, attended, substituted)))
                            .score(Milestone.CHECK_INS_HELD),
                    expected);
        }

        @Test
        void saysTheAttendanceInWholePercentRoundedDown() {
            var score = facts().checkIns(new CheckInFacts(6, 6, new Tally(30, 22, 0)))
                    .score(Milestone.CHECK_INS_HELD);

            assertThat(score.missing())
                    .isEqualTo("Närvaron på avstämningarna (med ersättare) ska vara minst 75 % (nu 73 %).");
        }

        @Test
        void saysHowManyOfThePlannedWereHeld() {
            assertThat(facts().checkIns(new CheckInFacts(6, 4, new Tally(16, 16, 0)))
                            .score(Milestone.CHECK_INS_HELD)
                            .missing())
                    .isEqualTo("Alla 6 planerade avstämningar de senaste sex månaderna ska hållas (nu 4).");
        }
    }

    @Nested
    class FollowUpDone {

        private MilestoneScore score(PlanFacts plan) {
            return facts().plan(plan).score(Milestone.FOLLOW_UP_DONE);
        }

        @Test
        void zeroWithoutPlanActivitiesOrProductionFollowUp() {
            assertScore(score(null), 0);
            assertThat(assertScore(score(new PlanFacts(null, 1, 1, 0, 0, 1)), 0).missing())
                    .isEqualTo("Handlingsplanen har inga aktiviteter att följa upp.");
            assertScore(score(new PlanFacts(null, 1, 1, 3, 0, 1)), 0);
        }

        @Test
        void oneWhileSomeActivitiesLackProductionFollowUp() {
            assertThat(assertScore(score(new PlanFacts(null, 1, 1, 3, 2, 1)), 1).missing())
                    .isEqualTo("Alla 3 aktiviteter ska ha produktionsuppföljning (nu 2).");
        }

        @Test
        void twoWithoutOutcomeFollowUp() {
            assertScore(score(new PlanFacts(null, 2, 2, 3, 3, 0)), 2);
            assertThat(assertScore(score(new PlanFacts(null, 0, 0, 3, 3, 0)), 2).missing())
                    .contains("inga mål");
        }

        @Test
        void threeWhileSomeGoalsLackOutcomeFollowUp() {
            assertScore(score(new PlanFacts(null, 2, 2, 3, 3, 1)), 3);
        }

        @Test
        void fourWhenEveryActivityAndEveryGoalIsFollowedUp() {
            assertScore(score(new PlanFacts(null, 2, 2, 3, 3, 2)), 4);
        }
    }

    @Nested
    class LessonsSpread {

        private static final LocalDate WRITTEN = LocalDate.of(2025, 5, 20);

        @ParameterizedTest(name = "{0} channels, next cycle {1}, scores {2}")
        @CsvSource({"0, false, 1", "1, false, 2", "1, true, 2", "2, false, 3", "2, true, 4", "3, true, 4"})
        void scoresTheChannelsAndTheNextCycle(int channels, boolean nextCycle, int expected) {
            assertScore(
                    facts().lessons(new LessonsFacts(WRITTEN, channels, nextCycle ? WRITTEN.plusDays(1) : null))
                            .score(Milestone.LESSONS_SPREAD),
                    expected);
        }

        @Test
        void zeroUntilTheLessonsAreWrittenDown() {
            assertThat(assertScore(facts().lessons(null).score(Milestone.LESSONS_SPREAD), 0)
                            .missing())
                    .isEqualTo("Skriv ner lärdomarna från cykeln.");
        }
    }
}
