package se.valdsprevention.workflows.checkin;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.workflows.schema.PreventionSchema;

/** Wiring of the check-in process's delegates and meeting storage; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class CheckInConfiguration {

    @Bean
    MeetingRevisions meetingRevisions(PreventionSchema migrated, DataSource dataSource) {
        return new MeetingRevisions(new JdbcTemplate(dataSource), new DomainJson());
    }

    @Bean
    PrepareAgenda prepareAgenda(MeetingRevisions meetingRevisions) {
        return new PrepareAgenda(meetingRevisions);
    }

    @Bean
    RecordCheckIn recordCheckIn(MeetingRevisions meetingRevisions) {
        return new RecordCheckIn(meetingRevisions);
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
