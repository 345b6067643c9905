package se.valdsprevention.core.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.Agreement;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/** The municipal team (kommunteam): the people who carry the work in one municipality, past and present. */
public record Team(String municipalityCode, List<TeamMember> members) {

    public Team {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        members = v.list(members, "members");
        v.unique(members, "members", "id", TeamMember::id, "medlems-id");
        Set<String> ids = members.stream().map(TeamMember::id).collect(Collectors.toSet());
        for (int i = 0; i < members.size(); i++) {
            String substituteFor = members.get(i).substituteFor();
            if (substituteFor != null) {
                v.require(
                        ids.contains(substituteFor),
                        Violations.index("members", i) + ".substituteFor",
                        "det finns ingen medlem med id '" + substituteFor + "' i teamet");
            }
        }
        v.throwIfAny();
    }

    public Optional<TeamMember> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<TeamMember> activeMembers(LocalDate date) {
        return members.stream().filter(m -> m.activeOn(date)).toList();
    }

    /** Which departments the agreement requires and the team's active members cover on {@code date}. */
    public TeamRepresentation representation(Agreement agreement, LocalDate date) {
        return TeamRepresentation.of(this, agreement, date);
    }
}
