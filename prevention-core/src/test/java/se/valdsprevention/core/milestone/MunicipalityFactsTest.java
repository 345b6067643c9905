package se.valdsprevention.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.milestone.MilestoneFixtures.AS_OF;
import static se.valdsprevention.core.milestone.MilestoneFixtures.REQUIRED;
import static se.valdsprevention.core.milestone.MilestoneFixtures.facts;
import static se.valdsprevention.core.validation.Refusals.assertRefused;
import static se.valdsprevention.core.validation.Refusals.paths;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionFixtures;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.plan.ActionPlanFixtures;
import se.valdsprevention.core.plan.ActivityStatus;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.SituationPictureFixtures;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.team.AttendanceRates.Tally;
import se.valdsprevention.core.team.TeamFixtures;

class MunicipalityFactsTest {

    @Test
    void refusesABadMunicipalityCodeAMissingDateTeamOrCheckIns() {
        assertRefused(
                () -> new MunicipalityFacts(
                        "24", AS_OF, MilestoneFixtures.fullTeam(), null, null, null, null, CheckInFacts.none(), null),
                "municipalityCode",
                "");
        assertThat(paths(() ->
                        new MunicipalityFacts(CountyFixtures.NORSJO, null, null, null, null, null, null, null, null)))
                .containsExactly("team", "checkIns", "asOf");
    }

    @Test
    void refusesEveryDateAfterTheFactsDate() {
        var later = AS_OF.plusDays(1);
        var refused = paths(() -> facts().mandate(new DecisionState(DecisionStatus.APPROVED, later))
                .resources(new DecisionState(DecisionStatus.FOLLOWED_UP, later))
                .picture(new PictureFacts(PictureStatus.AGREED, later, true, 0, 0, 0, 0, 0, Set.of()))
                .plan(new PlanFacts(new DecisionState(DecisionStatus.REJECTED, later), 0, 0, 0, 0, 0))
                .lessons(new LessonsFacts(later, 1, later))
                .build());

        assertThat(refused)
                .containsExactly(
                        "mandate.decidedOn",
                        "resources.decidedOn",
                        "situationPicture.agreedOn",
                        "actionPlan.adoption.decidedOn",
                        "lessons.recordedOn",
                        "lessons.nextCycleStartedOn");
        assertRefused(
                () -> facts().mandate(new DecisionState(DecisionStatus.APPROVED, later))
                        .build(),
                "mandate.decidedOn",
                "får inte ligga efter faktadagen 2025-06-30");
    }

    @Test
    void acceptsDatesOnTheFactsDate() {
        var facts = facts().mandate(new DecisionState(DecisionStatus.APPROVED, AS_OF))
                .lessons(new LessonsFacts(AS_OF, 2, AS_OF))
                .build();

        assertThat(facts.mandate().decidedOn()).isEqualTo(AS_OF);
    }

    @Nested
    class Team {

        @Test
        void refusesNegativeCounts() {
            assertRefused(() -> new TeamFacts(REQUIRED, Set.of(), -1, 0), "activeMembers", "får inte vara negativt");
            assertRefused(
                    () -> new TeamFacts(REQUIRED, Set.of(), 0, -2),
                    "membersWithBasicTraining",
                    "får inte vara negativt");
        }

        @Test
        void refusesMoreTrainedMembersThanActiveOnes() {
            assertRefused(
                    () -> new TeamFacts(REQUIRED, REQUIRED, 4, 5),
                    "membersWithBasicTraining",
                    "får inte vara fler än de aktiva medlemmarna (4)");
        }

        @Test
        void refusesAnAgreementWithoutRequiredDepartments() {
            assertRefused(() -> new TeamFacts(Set.of(), Set.of(), 0, 0), "requiredDepartments", "minst en verksamhet");
            assertRefused(() -> new TeamFacts(null, Set.of(), 0, 0), "requiredDepartments", "minst en verksamhet");
        }

        @Test
        void refusesEmptyDepartments() {
            var withNull = new HashSet<Department>(Arrays.asList(Department.SCHOOL, null));
            assertRefused(() -> new TeamFacts(withNull, Set.of(), 0, 0), "requiredDepartments", "tomma värden");
            assertRefused(() -> new TeamFacts(REQUIRED, withNull, 2, 0), "representedDepartments", "tomma värden");
        }

        @Test
        void refusesMoreDepartmentsThanMembersAndMembersWithoutDepartments() {
            assertRefused(
                    () -> new TeamFacts(REQUIRED, REQUIRED, 3, 0),
                    "representedDepartments",
                    "kan inte vara fler (4) än de aktiva medlemmarna (3)");
            assertRefused(
                    () -> new TeamFacts(REQUIRED, Set.of(), 2, 0), "representedDepartments", "de 2 aktiva medlemmarna");
        }

        @Test
        void countsActiveMembersAndTheirTrainingFromATeamAndItsAgreement() {
            var onDate = LocalDate.of(2024, 9, 1);

            var team = TeamFacts.of(
                    TeamFixtures.norsjoTeam(), CountyFixtures.norsjoAgreement(), onDate, List.of("anna", "erik"));

            assertThat(team.activeMembers()).as("Erik left at the end of June").isEqualTo(3);
            assertThat(team.membersWithBasicTraining())
                    .as("only active members count")
                    .isEqualTo(1);
            assertThat(team.missingDepartments()).containsExactly(Department.SCHOOL);
            assertThat(Milestones.score(facts().team(team).build())
                            .of(Milestone.TEAM_FORMED)
                            .score())
                    .isEqualTo(3);
        }

        @Test
        void keepsItsOwnCopiesOfTheDepartments() {
            var required = EnumSet.of(Department.SCHOOL);
            var team = new TeamFacts(required, required, 1, 0);
            required.add(Department.POLICE);

            assertThat(team.requiredDepartments()).containsExactly(Department.SCHOOL);
            assertThatThrownBy(() -> team.representedDepartments().add(Department.POLICE))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Decisions {

        @Test
        void refusesADecidedStateWithoutDateAndAnOpenOneWithADate() {
            assertRefused(() -> new DecisionState(DecisionStatus.APPROVED, null), "decidedOn", "måste fyllas i");
            assertRefused(() -> new DecisionState(DecisionStatus.REJECTED, null), "decidedOn", "måste fyllas i");
            assertRefused(
                    () -> new DecisionState(DecisionStatus.PROPOSED, AS_OF),
                    "decidedOn",
                    "måste vara tomt så länge beslutet är föreslaget");
            assertRefused(() -> new DecisionState(null, null), "status", "måste fyllas i");
        }

        @Test
        void takesStatusAndDateFromADecision() {
            var state = DecisionState.of(DecisionFixtures.approved());

            assertThat(state)
                    .isEqualTo(new DecisionState(DecisionStatus.APPROVED, DecisionFixtures.TODAY.plusDays(10)));
            assertThat(state.approved()).isTrue();
            assertThat(state.followedUp()).isFalse();
            assertThat(DecisionState.of(DecisionFixtures.proposed()).underWay()).isTrue();
        }
    }

    @Nested
    class Picture {

        @Test
        void refusesAnAgreedPictureWithoutDateAndADraftWithOne() {
            assertRefused(
                    () -> new PictureFacts(PictureStatus.AGREED, null, true, 0, 0, 0, 0, 0, Set.of()),
                    "agreedOn",
                    "måste fyllas i");
            assertRefused(
                    () -> new PictureFacts(PictureStatus.DRAFT, AS_OF, true, 0, 0, 0, 0, 0, Set.of()),
                    "agreedOn",
                    "måste vara tomt så länge lägesbilden är utkast");
        }

        @Test
        void refusesNegativeCountsAndMoreSplitIndicatorsThanPersonBasedOnes() {
            assertThat(paths(() -> new PictureFacts(PictureStatus.DRAFT, null, false, -1, -1, -1, -1, -1, Set.of())))
                    .contains(
                            "personBasedIndicators",
                            "genderSplitIndicators",
                            "riskFactors",
                            "protectiveFactors",
                            "influenceableFactors");
            assertRefused(
                    () -> new PictureFacts(PictureStatus.DRAFT, null, false, 2, 3, 0, 0, 0, Set.of()),
                    "genderSplitIndicators",
                    "får inte vara fler än de personbaserade indikatorerna (2)");
        }

        @Test
        void refusesMoreInfluenceableFactorsThanFactors() {
            assertRefused(
                    () -> new PictureFacts(
                            PictureStatus.DRAFT, null, false, 0, 0, 1, 1, 3, Set.of(SocioEcologicalLevel.SOCIETY)),
                    "influenceableFactors",
                    "får inte vara fler än risk- och skyddsfaktorerna tillsammans (2)");
        }

        @Test
        void refusesLevelsThatDoNotFitTheFactors() {
            assertRefused(
                    () -> new PictureFacts(PictureStatus.DRAFT, null, false, 0, 0, 1, 0, 0, Set.of()),
                    "factorLevels",
                    "måste ange nivåerna för de 1 faktorerna");
            assertRefused(
                    () -> new PictureFacts(
                            PictureStatus.DRAFT,
                            null,
                            false,
                            0,
                            0,
                            1,
                            0,
                            0,
                            EnumSet.of(SocioEcologicalLevel.SOCIETY, SocioEcologicalLevel.INDIVIDUAL)),
                    "factorLevels",
                    "kan inte vara fler (2) än faktorerna (1)");
            assertRefused(
                    () -> new PictureFacts(PictureStatus.DRAFT, null, false, 0, 0, 0, 0, 0, null),
                    "factorLevels",
                    "måste fyllas i");
        }

        @Test
        void countsTheFactsOfASituationPicture() {
            var agreedOn = LocalDate.of(2025, 2, 1);
            var picture = SituationPictureFixtures.picture()
                    .agreed("Teamet", agreedOn)
                    .build();

            var facts = PictureFacts.of(picture);

            long personBased =
                    picture.indicators().stream().filter(Indicator::personBased).count();
            long split = picture.indicators().stream()
                    .filter(i -> i.personBased() && i.hasGenderSplit())
                    .count();
            assertThat(facts.status()).isEqualTo(PictureStatus.AGREED);
            assertThat(facts.agreedOn()).isEqualTo(agreedOn);
            assertThat(facts.genderEqualityAnalysis()).isTrue();
            assertThat(facts.personBasedIndicators()).isEqualTo(personBased).isPositive();
            assertThat(facts.genderSplitIndicators()).isEqualTo(split);
            assertThat(facts.riskFactors()).isEqualTo(1);
            assertThat(facts.protectiveFactors()).isEqualTo(1);
            assertThat(facts.influenceableFactors()).isEqualTo(2);
            assertThat(facts.factorLevels())
                    .containsExactly(SocioEcologicalLevel.RELATIONSHIP, SocioEcologicalLevel.COMMUNITY);
        }
    }

    @Nested
    class Plan {

        @Test
        void refusesNegativeCountsAndMoreThanThereAre() {
            assertThat(paths(() -> new PlanFacts(null, -1, -1, -1, -1, -1)))
                    .contains(
                            "goals",
                            "goalsWithBaselineAndTarget",
                            "activities",
                            "activitiesFollowedUp",
                            "goalsMeasured");
            assertRefused(
                    () -> new PlanFacts(null, 2, 3, 0, 0, 0),
                    "goalsWithBaselineAndTarget",
                    "får inte vara fler än målen (2)");
            assertRefused(
                    () -> new PlanFacts(null, 0, 0, 2, 3, 0),
                    "activitiesFollowedUp",
                    "får inte vara fler än aktiviteterna (2)");
            assertRefused(() -> new PlanFacts(null, 1, 1, 0, 0, 2), "goalsMeasured", "får inte vara fler än målen (1)");
        }

        @Test
        void countsTheFactsOfAnActionPlanAndItsAdoption() {
            var plan = ActionPlanFixtures.plan()
                    .productionFollowUps(List.of(
                            new ProductionFollowUp("norm-talks", ActivityStatus.DONE, null),
                            new ProductionFollowUp("safe-paths", ActivityStatus.CANCELLED, "Ingen budget.")))
                    .outcomeFollowUps(List.of(
                            new OutcomeFollowUp(
                                    "fewer-violated-pupils", new BigDecimal("11"), LocalDate.of(2026, 3, 1), null),
                            new OutcomeFollowUp(
                                    "fewer-violated-pupils", new BigDecimal("10"), LocalDate.of(2026, 9, 1), null)))
                    .build();
            var adoption = DecisionFixtures.proposal()
                    .type(DecisionType.ACTION_PLAN_ADOPTION)
                    .build();

            var facts = PlanFacts.of(
                    plan,
                    Decision.propose(adoption, DecisionFixtures.TODAY)
                            .routedTo("Kommunstyrelsen")
                            .approve("Karin Sjöberg", DecisionFixtures.TODAY));

            assertThat(facts)
                    .isEqualTo(new PlanFacts(
                            new DecisionState(DecisionStatus.APPROVED, DecisionFixtures.TODAY), 1, 1, 2, 2, 1));
            assertThat(facts.adopted()).isTrue();
        }

        @Test
        void refusesADecisionThatIsNotAboutAdoptingThePlan() {
            assertThatThrownBy(() -> PlanFacts.of(ActionPlanFixtures.norsjoPlan(), DecisionFixtures.approved()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gäller mandat att delta, inte antagande av handlingsplan");
        }
    }

    @Nested
    class CheckIns {

        @Test
        void refusesNegativeCounts() {
            assertRefused(() -> new CheckInFacts(-1, 0, new Tally(0, 0, 0)), "planned", "får inte vara negativt");
            assertRefused(() -> new CheckInFacts(3, -1, new Tally(0, 0, 0)), "held", "får inte vara negativt");
        }

        @Test
        void refusesMoreHeldThanPlanned() {
            assertRefused(
                    () -> new CheckInFacts(5, 6, new Tally(6, 6, 0)),
                    "held",
                    "får inte vara fler än de planerade avstämningarna (5)");
        }

        @Test
        void refusesMissingAttendanceAndAttendanceWithoutCheckIns() {
            assertRefused(() -> new CheckInFacts(6, 6, null), "attendance", "måste fyllas i");
            assertRefused(
                    () -> new CheckInFacts(6, 0, new Tally(4, 2, 0)),
                    "attendance",
                    "kan inte ha förväntad närvaro när ingen avstämning hölls");
        }
    }

    @Nested
    class Lessons {

        @Test
        void refusesMissingDateNegativeChannelsAndANextCycleBeforeTheLessons() {
            assertRefused(() -> new LessonsFacts(null, 1, null), "recordedOn", "måste fyllas i");
            assertRefused(() -> new LessonsFacts(AS_OF, -1, null), "spreadChannels", "får inte vara negativt");
            assertRefused(
                    () -> new LessonsFacts(AS_OF, 1, AS_OF.minusDays(1)),
                    "nextCycleStartedOn",
                    "får inte ligga före dagen lärdomarna skrevs ner (2025-06-30)");
        }
    }

    @Nested
    class Scores {

        @Test
        void refusesAScoreOutsideZeroToFour() {
            assertRefused(() -> new MilestoneScore(Milestone.TEAM_FORMED, 5, null), "score", "mellan 0 och 4 (nu 5)");
            assertRefused(() -> new MilestoneScore(Milestone.TEAM_FORMED, -1, "x"), "score", "mellan 0 och 4 (nu -1)");
        }

        @Test
        void refusesWhatIsMissingAtFourAndNothingMissingBelowIt() {
            assertRefused(
                    () -> new MilestoneScore(Milestone.TEAM_FORMED, 4, "Mer"),
                    "missing",
                    "måste vara tomt när milstolpen är nådd");
            assertRefused(() -> new MilestoneScore(Milestone.TEAM_FORMED, 3, " "), "missing", "måste fyllas i");
            assertRefused(() -> new MilestoneScore(null, 4, null), "milestone", "måste fyllas i");
        }

        @Test
        void refusesScoresThatAreNotOneForEachMilestoneInOrder() {
            var scores = Milestones.score(facts().build()).scores();
            var reversed = new ArrayList<>(scores);
            Collections.reverse(reversed);

            assertRefused(() -> new MilestoneScores(CountyFixtures.NORSJO, reversed), "scores", "i handbokens ordning");
            assertRefused(
                    () -> new MilestoneScores(CountyFixtures.NORSJO, scores.subList(0, 8)),
                    "scores",
                    "en poäng för varje milstolpe");
        }
    }
}
