package se.valdsprevention.workflows.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * The municipalities' situation pictures, as revisions per IAVP cycle in
 * {@code prevention_situation_picture_revision}. Nothing is overwritten: every save adds a revision with its
 * author and time. It uses the engine's data source, so inside a delegate a save belongs to the transaction of
 * the task completion that caused it.
 */
public class SituationPictures {

    private static final String TABLE = "prevention_situation_picture_revision";

    private final CycleRevisionTable table;
    private final JdbcTemplate jdbc;
    private final DomainJson json;

    public SituationPictures(JdbcTemplate jdbc, DomainJson json, MunicipalityChanges changes) {
        this.table = new CycleRevisionTable(jdbc, TABLE, "situation picture", changes);
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Saves {@code picture} as the next revision of the cycle's situation picture.
     *
     * @param cycleId the process instance id of the IAVP cycle
     * @throws ValidationException (path {@code areaCode}) for a county-wide picture, or one of another
     *     municipality than the cycle's earlier revisions
     */
    public SituationPictureRevision save(String cycleId, SituationPicture picture, String author, Instant at) {
        Objects.requireNonNull(picture, "picture");
        if (picture.countyWide()) {
            throw ValidationException.of(
                    "areaCode",
                    "a cycle's situation picture is a municipality's; " + picture.areaCode()
                            + " is a county, whose picture is not part of a municipal cycle");
        }
        int revision = table.append(
                cycleId, picture.areaCode(), "areaCode", picture.status().name(), json.write(picture), author, at);
        return new SituationPictureRevision(cycleId, picture.areaCode(), revision, picture, author, at);
    }

    /** The newest revision of the cycle's situation picture. */
    public Optional<SituationPictureRevision> latest(String cycleId) {
        return table.select("cycle_id = ?", "revision DESC", this::revision, cycleId).stream()
                .findFirst();
    }

    /**
     * The municipality's newest agreed situation picture, from whichever cycle: the baseline of its next cycle.
     */
    public Optional<SituationPictureRevision> latestAgreed(String municipalityCode) {
        return table
                .select(
                        "municipality_code = ? AND status = ?",
                        "recorded_at DESC, revision DESC",
                        this::revision,
                        municipalityCode,
                        PictureStatus.AGREED.name())
                .stream()
                .findFirst();
    }

    /**
     * The newest agreed revision of each of the municipality's cycles, oldest first (by when it was agreed): the
     * points of its trend over the cycles.
     */
    public List<SituationPictureRevision> agreedPerCycle(String municipalityCode) {
        var newestPerCycle = new LinkedHashMap<String, SituationPictureRevision>();
        table.select(
                        "municipality_code = ? AND status = ?",
                        "recorded_at, revision",
                        this::revision,
                        municipalityCode,
                        PictureStatus.AGREED.name())
                .forEach(revision -> {
                    newestPerCycle.remove(revision.cycleId());
                    newestPerCycle.put(revision.cycleId(), revision);
                });
        return List.copyOf(newestPerCycle.values());
    }

    /** Every revision of the cycle's situation picture, oldest first. */
    public List<SituationPictureRevision> history(String cycleId) {
        return table.select("cycle_id = ?", "revision", this::revision, cycleId);
    }

    /**
     * Saves {@code picture} as the next revision, marked ready for the team to agree ("klar för teamet"). The
     * caller decides that the picture is complete; call it inside the caller's transaction so the revision and its
     * mark are stored together.
     */
    public SituationPictureRevision saveReadyForTeam(
            String cycleId, SituationPicture picture, String author, Instant at) {
        SituationPictureRevision saved = save(cycleId, picture, author, at);
        jdbc.update(
                "UPDATE " + TABLE + " SET ready_for_team = TRUE WHERE cycle_id = ? AND revision = ?",
                cycleId,
                saved.revision());
        return saved;
    }

    /** The revisions of the cycle's situation picture that were saved as ready for the team. */
    public Set<Integer> readyForTeam(String cycleId) {
        return Set.copyOf(jdbc.queryForList(
                "SELECT revision FROM " + TABLE + " WHERE cycle_id = ? AND ready_for_team = TRUE",
                Integer.class,
                cycleId));
    }

    /** The cycles with a situation picture of the municipality, the most recently saved first. */
    public List<String> cyclesOf(String municipalityCode) {
        return jdbc.queryForList(
                "SELECT cycle_id FROM " + TABLE + " WHERE municipality_code = ? GROUP BY cycle_id"
                        + " ORDER BY MAX(recorded_at) DESC, cycle_id",
                String.class,
                municipalityCode);
    }

    private SituationPictureRevision revision(ResultSet row, int rowNumber) throws SQLException {
        return new SituationPictureRevision(
                row.getString("cycle_id"),
                row.getString("municipality_code"),
                row.getInt("revision"),
                json.read(row.getString("document"), SituationPicture.class),
                row.getString("author"),
                row.getTimestamp("recorded_at").toInstant());
    }
}
