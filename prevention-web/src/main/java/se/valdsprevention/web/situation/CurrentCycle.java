package se.valdsprevention.web.situation;

import java.util.Set;

/**
 * The municipality's running IAVP cycle as the page needs it: the process instance, the id of its current turn
 * (documents are stored per turn), its label and handbook step, the activities open now and the turn whose
 * agreed situation picture is the baseline (null in a first cycle).
 */
record CurrentCycle(
        String processInstanceId,
        String cycleId,
        String label,
        String step,
        Set<String> activeActivities,
        String baselineCycleId) {

    static final String DESCRIBE = "describeSituation";
    static final String POLICE = "contributePoliceFigures";
    static final String AGREE = "agreeSituationPicture";
    static final String FACTORS = "identifyRiskAndProtectiveFactors";
    static final String CHOOSE_TYPES = "chooseViolenceTypes";

    boolean at(String activityId) {
        return activeActivities.contains(activityId);
    }
}
