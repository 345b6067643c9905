package se.valdsprevention.workflows.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * The municipalities' action plans, as revisions per IAVP cycle in {@code prevention_action_plan_revision}.
 * Nothing is overwritten: every save adds a revision with its author and time, on the engine's data source.
 */
public class ActionPlans {

    private static final String TABLE = "prevention_action_plan_revision";

    private final CycleRevisionTable table;
    private final DomainJson json;

    public ActionPlans(JdbcTemplate jdbc, DomainJson json, MunicipalityChanges changes) {
        this.table = new CycleRevisionTable(jdbc, TABLE, "action plan", changes);
        this.json = json;
    }

    /**
     * Saves {@code plan} as the next revision of the cycle's action plan.
     *
     * @param cycleId the process instance id of the IAVP cycle
     * @throws ValidationException (path {@code municipalityCode}) for a plan of another municipality than the
     *     cycle's earlier revisions
     */
    public ActionPlanRevision save(String cycleId, ActionPlan plan, String author, Instant at) {
        Objects.requireNonNull(plan, "plan");
        int revision =
                table.append(cycleId, plan.municipalityCode(), "municipalityCode", null, json.write(plan), author, at);
        return new ActionPlanRevision(cycleId, plan.municipalityCode(), revision, plan, author, at);
    }

    /** The newest revision of the cycle's action plan. */
    public Optional<ActionPlanRevision> latest(String cycleId) {
        return table.select("cycle_id = ?", "revision DESC", this::revision, cycleId).stream()
                .findFirst();
    }

    /** Every revision of the cycle's action plan, oldest first. */
    public List<ActionPlanRevision> history(String cycleId) {
        return table.select("cycle_id = ?", "revision", this::revision, cycleId);
    }

    private ActionPlanRevision revision(ResultSet row, int rowNumber) throws SQLException {
        return new ActionPlanRevision(
                row.getString("cycle_id"),
                row.getString("municipality_code"),
                row.getInt("revision"),
                json.read(row.getString("document"), ActionPlan.class),
                row.getString("author"),
                row.getTimestamp("recorded_at").toInstant());
    }
}
