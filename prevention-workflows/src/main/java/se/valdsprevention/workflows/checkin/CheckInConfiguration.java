package se.valdsprevention.workflows.checkin;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.schema.PreventionSchema;
import se.valdsprevention.workflows.team.TeamMembers;

/** Wiring of the check-in process's delegates and meeting storage; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class CheckInConfiguration {

    @Bean
    MeetingRevisions meetingRevisions(PreventionSchema migrated, DataSource dataSource, MunicipalityChanges changes) {
        return new MeetingRevisions(new JdbcTemplate(dataSource), new DomainJson(), changes);
    }

    @Bean
    PrepareAgenda prepareAgenda(MeetingRevisions meetingRevisions) {
        return new PrepareAgenda(meetingRevisions);
    }

    @Bean
    RecordCheckIn recordCheckIn(MeetingRevisions meetingRevisions, TeamMembers teamMembers) {
        return new RecordCheckIn(meetingRevisions, teamMembers);
    }

    @Bean
    CheckInProtocols checkInProtocols(
            ProcessEngine processEngine,
            MeetingRevisions meetingRevisions,
            PlatformTransactionManager transactionManager) {
        return new CheckInProtocols(processEngine, meetingRevisions, transactionManager);
    }

    @Bean
    AgreedActions agreedActions(MeetingRevisions meetingRevisions) {
        return new AgreedActions(meetingRevisions);
    }

    @Bean
    RecordActionDone recordActionDone(MeetingRevisions meetingRevisions) {
        return new RecordActionDone(meetingRevisions);
    }
}
