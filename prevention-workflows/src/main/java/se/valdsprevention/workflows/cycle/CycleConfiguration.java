package se.valdsprevention.workflows.cycle;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.form.FormRules;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The listeners and delegates the model {@code iavpCycle} names; imported by the auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class CycleConfiguration {

    static final Set<String> READINESS = Set.of("LOW", "MEDIUM", "HIGH");
    static final Set<String> VISION_CHECKLIST = Set.of("ARENAS", "PARTNERS", "VISION", "READINESS", "GENDER_ANALYSIS");
    static final Set<String> NEXT_CYCLE = Set.of("STEP_1", "STEP_2", "END");
    static final Set<String> SPREAD_CHANNELS = Set.of("LEADERSHIP", "DEPARTMENTS", "COUNTY", "PUBLIC");

    @Bean
    CycleSettings cycleSettings(CountyProperties county) {
        return new CycleSettings(county.getCycle());
    }

    @Bean
    StartCycle startCycle() {
        return new StartCycle();
    }

    @Bean
    CheckCollaborationMap checkCollaborationMap() {
        return new CheckCollaborationMap();
    }

    @Bean
    CheckTeam checkTeam(CountyProperties county) {
        return new CheckTeam(county);
    }

    @Bean
    FormRules checkVision() {
        return new FormRules(values -> {
            values.requireText("vision", 10_000);
            values.requireOneOf("readiness", READINESS);
            values.optionalText("readinessNote", 10_000);
            values.optionalChoices("visionChecklist", VISION_CHECKLIST);
        });
    }

    @Bean
    FormRules checkViolenceTypes() {
        return new FormRules(values -> values.requireChoices("violenceTypes", names(ViolenceType.values())));
    }

    @Bean
    CheckSituationPicture checkSituationPicture(SituationPictures situationPictures) {
        return new CheckSituationPicture(situationPictures);
    }

    @Bean
    FormRules checkPoliceContribution() {
        return new FormRules(values -> {
            values.requireText("policeSummary", 10_000);
            values.requireText("policeSources", 4_000);
        });
    }

    @Bean
    AgreeSituationPicture agreeSituationPicture(SituationPictures situationPictures) {
        return new AgreeSituationPicture(situationPictures);
    }

    @Bean
    RecordFactors recordFactors(SituationPictures situationPictures) {
        return new RecordFactors(situationPictures);
    }

    @Bean
    FormRules checkAmbitionLevel() {
        return new FormRules(values -> {
            values.requireChoice("ambitionLevel", AmbitionLevel.class);
            values.requireText("ambitionMotivation", 10_000);
        });
    }

    @Bean
    CheckActionPlan checkActionPlan(ActionPlans actionPlans) {
        return CheckActionPlan.planned(actionPlans);
    }

    @Bean
    FormRules checkRevision() {
        return new FormRules(values -> values.requireText("revisionNote", 10_000));
    }

    @Bean
    CheckActionPlan checkFollowUp(ActionPlans actionPlans) {
        return CheckActionPlan.followedUp(actionPlans);
    }

    @Bean
    FormRules checkLessons() {
        return new FormRules(values -> {
            values.requireText("lessons", 10_000);
            values.optionalChoices("spreadChannels", SPREAD_CHANNELS);
            String next = values.requireOneOf("nextCycle", NEXT_CYCLE);
            if (next != null && !next.equals("END")) {
                values.requireText("nextCycleLabel", 100);
            }
        });
    }

    @Bean
    StartNextCycle startNextCycle() {
        return new StartNextCycle();
    }

    @Bean
    DetectStall detectStall(CountyProperties county) {
        return new DetectStall(county.getCycle());
    }

    @Bean
    FormRules checkStallContact() {
        return new FormRules(values -> values.requireText("contactNote", 10_000));
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
