package se.valdsprevention.web.evaluation;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.team.TeamMembers;

/** The county's evaluation evidence and its export. */
@Configuration(proxyBeanMethods = false)
@Import(EvaluationCsv.class)
public class EvaluationConfiguration {

    @Bean
    Evaluation evaluation(
            HistoryService historyService,
            IdentityService identityService,
            MeetingRevisions meetingRevisions,
            TeamMembers teamMembers,
            MunicipalityNames names,
            MunicipalityChanges changes) {
        return new Evaluation(historyService, identityService, meetingRevisions, teamMembers, names, changes);
    }
}
