package se.valdsprevention.core.milestone;

/** A milestone (milstolpe) of the five-step process, in handbook order, with the step (1–5) it belongs to. */
public enum Milestone {
    TEAM_FORMED(1, "Kommunteam med de verksamheter överenskommelsen kräver"),
    BASIC_TRAINING(1, "Grundutbildning genomförd"),
    MANDATE_AND_RESOURCES(1, "Mandat och resurser beslutade"),
    SITUATION_PICTURE_AGREED(2, "Lägesbild fastställd med jämställdhetsanalys"),
    FACTORS_IDENTIFIED(3, "Risk- och skyddsfaktorer identifierade"),
    ACTION_PLAN_DECIDED(4, "Handlingsplan beslutad med mål som har utgångsvärde och målvärde"),
    CHECK_INS_HELD(5, "Månadsavstämningar hållna"),
    FOLLOW_UP_DONE(5, "Produktions- och resultatuppföljning gjord"),
    LESSONS_SPREAD(5, "Lärdomar spridda och nästa cykel startad");

    private final int step;
    private final String label;

    Milestone(int step, String label) {
        this.step = step;
        this.label = label;
    }

    /** The handbook step, 1 (initiate collaboration) to 5 (implement, follow up and spread). */
    public int step() {
        return step;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
