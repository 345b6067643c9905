package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/**
 * The plain facts a municipality's work has produced up to {@code asOf}, from which its milestones are scored. The
 * team and the check-ins are always known; a component that is null has not happened yet: no mandate or resources
 * decision proposed, no situation picture, no action plan, no lessons written down. No date may lie after
 * {@code asOf}.
 *
 * @param mandate the decision on the mandate that counts: the newest approved one, or else the newest
 * @param resources the decision on the resources that counts: the newest approved one, or else the newest
 * @param situationPicture the newest situation picture
 * @param actionPlan the newest action plan
 */
public record MunicipalityFacts(
        String municipalityCode,
        LocalDate asOf,
        TeamFacts team,
        DecisionState mandate,
        DecisionState resources,
        PictureFacts situationPicture,
        PlanFacts actionPlan,
        CheckInFacts checkIns,
        LessonsFacts lessons) {

    public MunicipalityFacts {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        v.requireNonNull(team, "team");
        v.requireNonNull(checkIns, "checkIns");
        if (v.requireNonNull(asOf, "asOf")) {
            if (mandate != null) {
                notAfter(v, asOf, mandate.decidedOn(), "mandate.decidedOn");
            }
            if (resources != null) {
                notAfter(v, asOf, resources.decidedOn(), "resources.decidedOn");
            }
            if (situationPicture != null) {
                notAfter(v, asOf, situationPicture.agreedOn(), "situationPicture.agreedOn");
            }
            if (actionPlan != null && actionPlan.adoption() != null) {
                notAfter(v, asOf, actionPlan.adoption().decidedOn(), "actionPlan.adoption.decidedOn");
            }
            if (lessons != null) {
                notAfter(v, asOf, lessons.recordedOn(), "lessons.recordedOn");
                notAfter(v, asOf, lessons.nextCycleStartedOn(), "lessons.nextCycleStartedOn");
            }
        }
        v.throwIfAny();
    }

    private static void notAfter(Violations v, LocalDate asOf, LocalDate date, String path) {
        v.require(date == null || !date.isAfter(asOf), path, "får inte ligga efter faktadagen " + asOf);
    }
}
