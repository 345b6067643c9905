package se.valdsprevention.workflows.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * The decisions, as revisions in {@code prevention_decision_revision}. Nothing is overwritten: every
 * save adds a revision with its author and time. It uses the engine's data source, so inside a
 * delegate a save belongs to the same transaction as the task completion that caused it.
 */
public class DecisionRevisions {

    private static final String COLUMNS =
            "decision_id, revision, municipality_code, document, author, recorded_at, process_instance_id";

    private final JdbcTemplate jdbc;
    private final DomainJson json;

    private final MunicipalityChanges changes;

    public DecisionRevisions(JdbcTemplate jdbc, DomainJson json, MunicipalityChanges changes) {
        this.jdbc = jdbc;
        this.json = json;
        this.changes = changes;
    }

    /** Saves {@code decision} as its next revision. */
    public DecisionRevision append(Decision decision, String author, Instant at, String processInstanceId) {
        Integer last = jdbc.queryForObject(
                "SELECT MAX(revision) FROM prevention_decision_revision WHERE decision_id = ?",
                Integer.class,
                decision.id());
        int revision = last == null ? 1 : last + 1;
        String municipalityCode = decision.proposal().municipalityCode();
        jdbc.update(
                "INSERT INTO prevention_decision_revision (id, decision_id, revision, municipality_code, status, "
                        + "document, author, recorded_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                decision.id(),
                revision,
                municipalityCode,
                decision.status().name(),
                json.write(decision),
                author,
                Timestamp.from(at),
                processInstanceId);
        changes.touch(municipalityCode);
        return new DecisionRevision(decision.id(), revision, municipalityCode, decision, author, at, processInstanceId);
    }

    /** The newest revision of a decision. */
    public Optional<DecisionRevision> latest(String decisionId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM prevention_decision_revision WHERE decision_id = ? "
                                + "ORDER BY revision DESC",
                        this::revision,
                        decisionId)
                .stream()
                .findFirst();
    }

    /** Every revision of a decision, oldest first. */
    public List<DecisionRevision> history(String decisionId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_decision_revision WHERE decision_id = ? ORDER BY revision",
                this::revision,
                decisionId);
    }

    /**
     * The newest revision of each decision that {@code proposer} proposed (the author of its first revision), newest
     * first, at most {@code limit}: how a proposer learns the outcome.
     */
    public List<DecisionRevision> proposedBy(String proposer, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_decision_revision r WHERE r.decision_id IN "
                        + "(SELECT decision_id FROM prevention_decision_revision WHERE revision = 1 AND author = ?) "
                        + "AND r.revision = (SELECT MAX(x.revision) FROM prevention_decision_revision x "
                        + "WHERE x.decision_id = r.decision_id) ORDER BY r.recorded_at DESC, r.decision_id "
                        + "FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY",
                this::revision,
                proposer);
    }

    /** The newest revision of every decision of a municipality, the most recently saved first. */
    public List<DecisionRevision> latestIn(String municipalityCode) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_decision_revision r WHERE r.municipality_code = ? "
                        + "AND r.revision = (SELECT MAX(x.revision) FROM prevention_decision_revision x "
                        + "WHERE x.decision_id = r.decision_id) ORDER BY r.recorded_at DESC, r.decision_id",
                this::revision,
                municipalityCode);
    }

    /** How many revisions there are of all decisions of a municipality. */
    public long countIn(String municipalityCode) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM prevention_decision_revision WHERE municipality_code = ?",
                Long.class,
                municipalityCode);
        return count == null ? 0 : count;
    }

    private DecisionRevision revision(ResultSet row, int rowNumber) throws SQLException {
        return new DecisionRevision(
                row.getString("decision_id"),
                row.getInt("revision"),
                row.getString("municipality_code"),
                json.read(row.getString("document"), Decision.class),
                row.getString("author"),
                row.getTimestamp("recorded_at").toInstant(),
                row.getString("process_instance_id"));
    }
}
