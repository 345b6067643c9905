package se.valdsprevention.workflows.milestone;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.team.TeamMembers;

/** Wiring of the milestone facts reader; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class MilestoneConfiguration {

    @Bean
    MunicipalityFactsReader municipalityFactsReader(
            HistoryService history,
            CountyProperties county,
            TeamMembers teamMembers,
            DecisionRevisions decisions,
            SituationPictures situationPictures,
            ActionPlans actionPlans,
            MeetingRevisions meetings) {
        return new MunicipalityFactsReader(
                history, county, teamMembers, decisions, situationPictures, actionPlans, meetings);
    }
}
