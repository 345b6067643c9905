package se.valdsprevention.web.overview;

import java.util.Arrays;
import java.util.Optional;

/** The five steps of the handbook as the IAVP cycle's sub-processes run them. */
enum HandbookStep {
    INITIATE(1, "initiateCollaboration", "Initiera samverkan"),
    DESCRIBE(2, "describeViolence", "Beskriv våld som problem"),
    FACTORS(3, "identifyFactors", "Identifiera förändringsfaktorer"),
    INTERVENTIONS(4, "developInterventions", "Utveckla insatser"),
    IMPLEMENT(5, "implementAndFollowUp", "Implementera, följ upp och sprid");

    private final int number;
    private final String activityId;
    private final String label;

    HandbookStep(int number, String activityId, String label) {
        this.number = number;
        this.activityId = activityId;
        this.label = label;
    }

    int number() {
        return number;
    }

    String activityId() {
        return activityId;
    }

    /** For example "Steg 2: Beskriv våld som problem", as the cycle's variable {@code currentStep} says it. */
    String title() {
        return "Steg " + number + ": " + label;
    }

    static Optional<HandbookStep> ofActivity(String activityId) {
        return Arrays.stream(values())
                .filter(step -> step.activityId.equals(activityId))
                .findFirst();
    }

    static String[] activityIds() {
        return Arrays.stream(values()).map(HandbookStep::activityId).toArray(String[]::new);
    }
}
