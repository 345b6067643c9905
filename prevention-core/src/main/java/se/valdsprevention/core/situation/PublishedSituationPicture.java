package se.valdsprevention.core.situation;

import java.time.LocalDate;
import java.util.List;

/**
 * A situation picture as it may leave the system (screen, report, export, API): every person-based count of
 * 1–4 suppressed. Made by {@link SituationPicture#publishable()}.
 */
public record PublishedSituationPicture(
        String areaCode,
        ReportingPeriod period,
        List<ViolenceType> violenceTypes,
        PictureStatus status,
        String agreedBy,
        LocalDate agreedOn,
        List<PublishedIndicator> indicators,
        List<Observation> observations,
        GenderEqualityAnalysis genderEqualityAnalysis,
        List<RiskFactor> riskFactors,
        List<ProtectiveFactor> protectiveFactors,
        List<PrioritisedProblem> prioritisedProblems) {

    public PublishedSituationPicture {
        violenceTypes = List.copyOf(violenceTypes);
        indicators = List.copyOf(indicators);
        observations = List.copyOf(observations);
        riskFactors = List.copyOf(riskFactors);
        protectiveFactors = List.copyOf(protectiveFactors);
        prioritisedProblems = List.copyOf(prioritisedProblems);
    }
}
