package se.valdsprevention.web.checkin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.team.TeamMembers;

/** The municipality's registered team as the protocol uses it: who may attend and own actions, and names by id. */
record TeamChoices(List<Member> active, Map<String, String> names) {

    static TeamChoices of(TeamMembers teamMembers, String municipalityCode, LocalDate today) {
        Team team = teamMembers.team(municipalityCode);
        Map<String, String> names = new HashMap<>();
        for (TeamMember member : team.members()) {
            names.put(member.id(), member.name());
        }
        List<Member> active = team.activeMembers(today).stream()
                .map(member -> new Member(
                        member.id(),
                        member.name(),
                        member.role().label() + ", " + member.department().label()))
                .toList();
        return new TeamChoices(active, Map.copyOf(names));
    }

    java.util.Set<String> activeIds() {
        return active.stream().map(Member::id).collect(java.util.stream.Collectors.toSet());
    }

    Function<String, String> nameOf() {
        return id -> names.getOrDefault(id, id);
    }
}
