package se.valdsprevention.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.core.team.TeamRole;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.identity.PreventionIdentity;
import se.valdsprevention.workflows.identity.Role;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Creates the demo county's users when they are missing: for every municipality
 * {@code coordinator-CODE}, {@code manager-CODE}, {@code chair-CODE}, {@code team-CODE} and {@code police-CODE},
 * members of that municipality only, and {@code county-CC}, a member of every municipality. All share the
 * demo password. The coordinator, the team member and the police officer are also registered members of their
 * municipality's team (social services, school, police), so that what the processes ask of a team member (a
 * departure, a check-in's attendance) works for them as for any real member. Only active in the {@code demo}
 * profile.
 */
@Component
@Profile("demo")
class DemoUsers implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, Role role, List<String> tenants) {}

    /** The demo users who sit in their municipality's team, with the role and department they have there. */
    record DemoMember(String userPrefix, TeamRole role, Department department) {}

    static final List<DemoMember> TEAM = List.of(
            new DemoMember("coordinator", TeamRole.COORDINATOR, Department.SOCIAL_SERVICES),
            new DemoMember("team", TeamRole.TEAM_MEMBER, Department.SCHOOL),
            new DemoMember("police", TeamRole.POLICE, Department.POLICE));

    private final IdentityService identityService;
    private final TeamMembers teamMembers;
    private final CountyProperties county;
    private final String password;
    private final boolean history;

    DemoUsers(
            PreventionIdentity identityInPlace,
            IdentityService identityService,
            TeamMembers teamMembers,
            CountyProperties county,
            DemoProperties properties,
            @Value("${prevention.demo.password}") String password) {
        this.history = properties.isHistory();
        this.identityService = identityService;
        this.teamMembers = teamMembers;
        this.county = county;
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("prevention.demo.password: must not be blank");
        }
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        List<DemoUser> users = users();
        users.forEach(this::ensure);
        county.getMunicipalities().forEach(municipality -> ensureTeam(municipality.getCode()));
        LOG.info("Demo county {} {}: {} demo users in place", county.getCode(), county.getName(), users.size());
    }

    List<DemoUser> users() {
        List<DemoUser> users = new java.util.ArrayList<>();
        for (MunicipalityProperties municipality : county.getMunicipalities()) {
            String code = municipality.getCode();
            String place = municipality.getName();
            List<String> tenant = List.of(code);
            users.add(new DemoUser("coordinator-" + code, "Samordnare", place, Role.COORDINATOR, tenant));
            users.add(new DemoUser("manager-" + code, "Kommunchef", place, Role.MANAGER, tenant));
            users.add(new DemoUser("chair-" + code, "KS-ordförande", place, Role.BOARD_CHAIR, tenant));
            users.add(new DemoUser("team-" + code, "Teammedlem", place, Role.TEAM_MEMBER, tenant));
            users.add(new DemoUser("police-" + code, "Kommunpolis", place, Role.POLICE, tenant));
        }
        users.add(new DemoUser(
                "county-" + county.getCode(),
                "Länsstyrelsen",
                county.getName(),
                Role.COUNTY_OFFICER,
                county.municipalityCodes()));
        return users;
    }

    /**
     * Registers the demo users of the team who are not members of it yet (none of them has left): from today, or
     * with the demo's history on, from its first day, so that they were members at the check-ins it plays.
     */
    private void ensureTeam(String code) {
        LocalDate since = history ? DemoHistory.firstDay(EngineClock.today()) : EngineClock.today();
        Set<String> registered =
                teamMembers.team(code).members().stream().map(TeamMember::id).collect(Collectors.toSet());
        for (DemoMember demo : TEAM) {
            String id = demo.userPrefix() + "-" + code;
            if (!registered.contains(id)) {
                User user = identityService.createUserQuery().userId(id).singleResult();
                teamMembers.save(
                        code,
                        new TeamMember(
                                id,
                                user.getFirstName() + " " + user.getLastName(),
                                demo.role(),
                                demo.department(),
                                null,
                                since,
                                null),
                        "demo",
                        EngineClock.now());
            }
        }
    }

    /**
     * The demo user's e-mail address, in the reserved domain {@code example} (RFC 2606): the demo keeps its mails in
     * the in-app outbox ({@code /utkorg}), and an address there can never reach anyone.
     */
    static String demoAddress(String userId) {
        return userId + "@demo.example";
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demoAddress(demo.id()));
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService
                        .createUserQuery()
                        .userId(demo.id())
                        .memberOfGroup(demo.role().groupId())
                        .count()
                == 0) {
            identityService.createMembership(demo.id(), demo.role().groupId());
        }
        for (String tenant : demo.tenants()) {
            if (identityService
                            .createTenantQuery()
                            .userMember(demo.id())
                            .tenantId(tenant)
                            .count()
                    == 0) {
                identityService.createTenantUserMembership(tenant, demo.id());
            }
        }
    }
}
