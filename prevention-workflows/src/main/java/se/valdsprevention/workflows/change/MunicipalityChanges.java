package se.valdsprevention.workflows.change;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The table {@code prevention_municipality_change}: one row per municipality of the county with a revision that is
 * raised once by every transaction that changes the municipality's work, in that transaction, just before it
 * commits. Engine changes reach it through {@link MunicipalityChangeHistory} (every history event of the
 * municipality's tenant), the project's own documents through their repositories.
 *
 * <p>Whoever computes something from a municipality's history reads its revision first and keeps the result under
 * it: the same revision means nothing of the municipality has been committed since, whichever node committed it.
 * A rolled-back transaction raises nothing. The revisions of one transaction are raised in the order of the codes,
 * so two transactions that touch the same municipalities cannot deadlock on them.
 *
 * <p>Only the municipalities {@link #register registered} (the county's, at startup) have a row; a change of any
 * other tenant is not counted, and {@link #revisions()} has no revision for it, so nothing about it may be kept.
 */
public class MunicipalityChanges {

    private static final String RAISE =
            "UPDATE prevention_municipality_change SET revision = revision + 1 WHERE municipality_code = ?";

    private final JdbcTemplate jdbc;

    public MunicipalityChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives each of these municipalities its row, if it has none. Safe when several nodes start at once: a node
     * that loses the race for a row leaves the winner's.
     */
    public void register(Collection<String> codes) {
        for (String code : codes) {
            try {
                jdbc.update(
                        "INSERT INTO prevention_municipality_change (municipality_code, revision) SELECT ?, 0"
                                + " WHERE NOT EXISTS (SELECT 1 FROM prevention_municipality_change"
                                + " WHERE municipality_code = ?)",
                        code,
                        code);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the row is there, which is all this asks for
            }
        }
    }

    /**
     * Records that the current transaction changes this municipality's work: its revision is raised just before
     * the transaction commits (at once, outside a transaction).
     */
    public void touch(String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(RAISE, code);
            return;
        }
        Touched touched = (Touched) TransactionSynchronizationManager.getResource(this);
        if (touched == null) {
            touched = new Touched();
            TransactionSynchronizationManager.bindResource(this, touched);
            TransactionSynchronizationManager.registerSynchronization(touched);
        }
        touched.codes.add(code);
    }

    /** Every registered municipality's revision now, by code. */
    public Map<String, Long> revisions() {
        Map<String, Long> revisions = new HashMap<>();
        jdbc.query("SELECT municipality_code, revision FROM prevention_municipality_change", row -> {
            revisions.put(row.getString(1), row.getLong(2));
        });
        return revisions;
    }

    /** The municipalities one transaction has touched, raised before it commits. */
    private final class Touched implements TransactionSynchronization {

        private final Set<String> codes = new TreeSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            for (String code : codes) {
                jdbc.update(RAISE, code);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MunicipalityChanges.this);
        }
    }
}
