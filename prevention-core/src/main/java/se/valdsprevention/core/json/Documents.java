package se.valdsprevention.core.json;

import java.util.Map;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.County;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.method.MethodBank;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.team.Team;

/** The top-level documents and the schema version of each that this library writes and reads. */
final class Documents {

    static final String SCHEMA_VERSION = "schemaVersion";

    private static final Map<Class<?>, Integer> CURRENT = Map.of(
            SituationPicture.class, 1,
            ActionPlan.class, 1,
            Decision.class, 1,
            Meeting.class, 1,
            Team.class, 1,
            Agreement.class, 1,
            County.class, 1,
            MethodBank.class, 1);

    private Documents() {}

    static boolean isDocument(Class<?> type) {
        return CURRENT.containsKey(type);
    }

    static Iterable<Class<?>> types() {
        return CURRENT.keySet();
    }

    static int currentVersion(Class<?> type) {
        Integer version = CURRENT.get(type);
        if (version == null) {
            throw new IllegalArgumentException(type.getName() + " is not a top-level document");
        }
        return version;
    }
}
