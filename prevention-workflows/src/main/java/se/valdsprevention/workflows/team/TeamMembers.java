package se.valdsprevention.workflows.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.change.MunicipalityChanges;

/**
 * The members of each municipal team, as revisions in {@code prevention_team_member_revision}:
 * joining, changing and leaving each add a row with author and time; nothing is overwritten.
 */
public class TeamMembers {

    private final JdbcTemplate jdbc;
    private final DomainJson json;

    private final MunicipalityChanges changes;

    public TeamMembers(JdbcTemplate jdbc, DomainJson json, MunicipalityChanges changes) {
        this.jdbc = jdbc;
        this.json = json;
        this.changes = changes;
    }

    /** Saves the member's new state as its next revision. */
    public void save(String municipalityCode, TeamMember member, String author, Instant at) {
        Integer last = jdbc.queryForObject(
                "SELECT MAX(revision) FROM prevention_team_member_revision WHERE municipality_code = ? AND member_id = ?",
                Integer.class,
                municipalityCode,
                member.id());
        jdbc.update(
                "INSERT INTO prevention_team_member_revision (id, municipality_code, member_id, revision, document, "
                        + "author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                municipalityCode,
                member.id(),
                last == null ? 1 : last + 1,
                json.write(member),
                author,
                Timestamp.from(at));
        changes.touch(municipalityCode);
    }

    /** Every member the team has had, each in their latest state, in the order they joined. */
    public Team team(String municipalityCode) {
        Map<String, TeamMember> latest = new LinkedHashMap<>();
        jdbc.query(
                "SELECT member_id, document FROM prevention_team_member_revision WHERE municipality_code = ? "
                        + "ORDER BY recorded_at, revision",
                row -> {
                    latest.put(row.getString("member_id"), json.read(row.getString("document"), TeamMember.class));
                },
                municipalityCode);
        return new Team(municipalityCode, List.copyOf(latest.values()));
    }

    /** The member, if the team has an active one with this id on {@code date}. */
    public Optional<TeamMember> active(String municipalityCode, String memberId, LocalDate date) {
        return team(municipalityCode).members().stream()
                .filter(member -> member.id().equals(memberId))
                .filter(member -> isActive(member, date))
                .findFirst();
    }

    static boolean isActive(TeamMember member, LocalDate date) {
        return !member.activeFrom().isAfter(date)
                && (member.activeTo() == null || !member.activeTo().isBefore(date));
    }
}
