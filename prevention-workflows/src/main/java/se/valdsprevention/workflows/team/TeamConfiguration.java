package se.valdsprevention.workflows.team;

import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.form.FormRules;
import se.valdsprevention.workflows.identity.IdentityIdsPlugin;
import se.valdsprevention.workflows.notification.Notifications;
import se.valdsprevention.workflows.schema.PreventionSchema;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The beans the models {@code teamOnboarding} and {@code teamDeparture} name; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class TeamConfiguration {

    static final Set<String> BASIC_TRAINING = Set.of("PYRAMID", "GENDER", "FIVE_STEPS", "SITUATION", "ROLE");

    @Bean
    TeamMembers teamMembers(PreventionSchema migrated, DataSource dataSource, MunicipalityChanges changes) {
        return new TeamMembers(new JdbcTemplate(dataSource), new DomainJson(), changes);
    }

    @Bean
    CheckNewMember checkNewMember(TeamMembers teamMembers) {
        return new CheckNewMember(teamMembers);
    }

    @Bean
    FormRules checkIntroductionPlan() {
        return new FormRules(values -> {
            values.requireDate("introductionDate");
            values.requireText("introductionParticipants", 2000);
        });
    }

    @Bean
    PrepareIntroductionPackage prepareIntroductionPackage(SituationPictures situationPictures) {
        return new PrepareIntroductionPackage(situationPictures);
    }

    @Bean
    FormRules checkBasicTraining() {
        return new FormRules(values -> {
            var done = values.requireChoices("trainingChecklist", BASIC_TRAINING);
            if (!done.isEmpty() && !done.containsAll(BASIC_TRAINING)) {
                values.reject("trainingChecklist", "alla delar av grundutbildningen måste vara genomförda");
            }
        });
    }

    @Bean
    FormRules checkFirstMeeting() {
        return new FormRules(values -> values.requireDate("firstMeetingDate"));
    }

    @Bean
    ActivateMember activateMember(TeamMembers teamMembers, Notifications notifications) {
        return new ActivateMember(teamMembers, notifications);
    }

    @Bean
    FormRules checkThirtyDays() {
        return new FormRules(values -> values.requireText("thirtyDayNote", 10_000));
    }

    @Bean
    CheckDeparture checkDeparture(TeamMembers teamMembers) {
        return new CheckDeparture(teamMembers);
    }

    @Bean
    EndMembership endMembership(TeamMembers teamMembers, CountyProperties county, Notifications notifications) {
        return new EndMembership(teamMembers, county, notifications);
    }

    @Bean
    FormRules checkReplacement() {
        return new FormRules(values -> {
            values.requireText("replacementName", 200);
            String id = values.requireText("replacementId", 64);
            if (id != null && !id.matches(IdentityIdsPlugin.ID_PATTERN)) {
                values.reject("replacementId", "använd små bokstäver, siffror och enstaka bindestreck");
            }
            values.requireDate("replacementStartDate");
        });
    }

    @Bean
    StartReplacementOnboarding startReplacementOnboarding() {
        return new StartReplacementOnboarding();
    }
}
