package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import se.valdsprevention.core.county.CountyFixtures;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.team.AttendanceRates.Tally;

/** Facts of a municipality that has reached every milestone, to change one part at a time. */
final class MilestoneFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** Socialtjänst, skola, polis and fritid/kultur. */
    static final Set<Department> REQUIRED =
            EnumSet.of(Department.SOCIAL_SERVICES, Department.SCHOOL, Department.POLICE, Department.LEISURE_CULTURE);

    private MilestoneFixtures() {}

    static FactsBuilder facts() {
        return new FactsBuilder();
    }

    static TeamFacts fullTeam() {
        return new TeamFacts(REQUIRED, REQUIRED, 4, 4);
    }

    static DecisionState followedUp() {
        return new DecisionState(DecisionStatus.FOLLOWED_UP, LocalDate.of(2025, 1, 20));
    }

    static DecisionState approved() {
        return new DecisionState(DecisionStatus.APPROVED, LocalDate.of(2025, 1, 20));
    }

    static DecisionState proposed() {
        return new DecisionState(DecisionStatus.PROPOSED, null);
    }

    static DecisionState rejected() {
        return new DecisionState(DecisionStatus.REJECTED, LocalDate.of(2025, 1, 20));
    }

    static PictureFacts agreedPicture() {
        return new PictureFacts(
                PictureStatus.AGREED,
                LocalDate.of(2025, 3, 10),
                true,
                3,
                3,
                2,
                2,
                1,
                EnumSet.of(
                        SocioEcologicalLevel.INDIVIDUAL, SocioEcologicalLevel.COMMUNITY, SocioEcologicalLevel.SOCIETY));
    }

    static PlanFacts adoptedPlan() {
        return new PlanFacts(approved(), 2, 2, 3, 3, 2);
    }

    static CheckInFacts allHeld() {
        return new CheckInFacts(6, 6, new Tally(24, 16, 2));
    }

    static LessonsFacts spreadAndRestarted() {
        return new LessonsFacts(LocalDate.of(2025, 5, 20), 2, LocalDate.of(2025, 6, 1));
    }

    static final class FactsBuilder {
        private TeamFacts team = fullTeam();
        private DecisionState mandate = followedUp();
        private DecisionState resources = followedUp();
        private PictureFacts picture = agreedPicture();
        private PlanFacts plan = adoptedPlan();
        private CheckInFacts checkIns = allHeld();
        private LessonsFacts lessons = spreadAndRestarted();

        FactsBuilder team(TeamFacts team) {
            this.team = team;
            return this;
        }

        FactsBuilder mandate(DecisionState mandate) {
            this.mandate = mandate;
            return this;
        }

        FactsBuilder resources(DecisionState resources) {
            this.resources = resources;
            return this;
        }

        FactsBuilder picture(PictureFacts picture) {
            this.picture = picture;
            return this;
        }

        FactsBuilder plan(PlanFacts plan) {
            this.plan = plan;
            return this;
        }

        FactsBuilder checkIns(CheckInFacts checkIns) {
            this.checkIns = checkIns;
            return this;
        }

        FactsBuilder lessons(LessonsFacts lessons) {
            this.lessons = lessons;
            return this;
        }

        MunicipalityFacts build() {
            return new MunicipalityFacts(
                    CountyFixtures.NORSJO, AS_OF, team, mandate, resources, picture, plan, checkIns, lessons);
        }

        MilestoneScore score(Milestone milestone) {
            return Milestones.score(milestone, build());
        }
    }
}
