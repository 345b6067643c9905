package se.valdsprevention.core.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/**
 * The situation picture (lägesbild) of a municipality (4-digit area code) or a whole county (2-digit area code)
 * for a reporting period: indicators on the violence pyramid, observations, the gender-equality analysis, risk
 * and protective factors and the problems the team prioritised. A draft until the team agrees it.
 *
 * <p>It holds raw figures. Anything shown outside the team goes through {@link #publishable()}.
 */
public record SituationPicture(
        String areaCode,
        ReportingPeriod period,
        List<ViolenceType> violenceTypes,
        PictureStatus status,
        String agreedBy,
        LocalDate agreedOn,
        List<Indicator> indicators,
        List<Observation> observations,
        GenderEqualityAnalysis genderEqualityAnalysis,
        List<RiskFactor> riskFactors,
        List<ProtectiveFactor> protectiveFactors,
        List<PrioritisedProblem> prioritisedProblems) {

    public SituationPicture {
        agreedBy = Violations.blankToNull(agreedBy);
        var v = new Violations();
        AreaCodes.requireAreaCode(v, areaCode, "areaCode");
        v.requireNonNull(period, "period");
        violenceTypes = v.list(violenceTypes, "violenceTypes");
        v.unique(violenceTypes, "violenceTypes", "", type -> type, "våldstypen");
        indicators = v.list(indicators, "indicators");
        v.unique(indicators, "indicators", "id", Indicator::id, "indikator-id");
        observations = v.list(observations, "observations");
        riskFactors = v.list(riskFactors, "riskFactors");
        protectiveFactors = v.list(protectiveFactors, "protectiveFactors");
        prioritisedProblems = v.list(prioritisedProblems, "prioritisedProblems");
        v.unique(prioritisedProblems, "prioritisedProblems", "rank", PrioritisedProblem::rank, "prioritet");
        checkProblemIndicators(v, indicators, prioritisedProblems);
        checkStatus(v, status, agreedBy, agreedOn, indicators);
        v.throwIfAny();
    }

    /** A new draft with nothing in it yet. */
    public static SituationPicture draft(String areaCode, ReportingPeriod period) {
        return draft(areaCode, period, List.of());
    }

    /** A new draft of these violence types with nothing else in it yet. */
    public static SituationPicture draft(String areaCode, ReportingPeriod period, List<ViolenceType> violenceTypes) {
        return new SituationPicture(
                areaCode,
                period,
                violenceTypes,
                PictureStatus.DRAFT,
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * The picture as agreed by the team. Refuses a picture that is already agreed or has no indicators.
     *
     * @throws IllegalStateException when the picture cannot be agreed
     */
    public SituationPicture agree(String agreedBy, LocalDate agreedOn) {
        if (status == PictureStatus.AGREED) {
            throw new IllegalStateException("Lägesbilden för " + areaCode + " för perioden " + period
                    + " är redan fastställd (" + this.agreedOn + " av " + this.agreedBy + ")");
        }
        if (indicators.isEmpty()) {
            throw new IllegalStateException("Lägesbilden för " + areaCode + " för perioden " + period
                    + " har inga indikatorer; beskriv minst en innan den fastställs");
        }
        return new SituationPicture(
                areaCode,
                period,
                violenceTypes,
                PictureStatus.AGREED,
                agreedBy,
                agreedOn,
                indicators,
                observations,
                genderEqualityAnalysis,
                riskFactors,
                protectiveFactors,
                prioritisedProblems);
    }

    /** Whether the picture covers a whole county rather than one municipality. */
    public boolean countyWide() {
        return AreaCodes.isCountyCode(areaCode);
    }

    /** The same picture with other indicators; the prioritised problems keep their links to those still there. */
    public SituationPicture withIndicators(List<Indicator> replaced) {
        Set<String> ids = replaced.stream().map(Indicator::id).collect(Collectors.toSet());
        List<PrioritisedProblem> problems = prioritisedProblems.stream()
                .map(p -> new PrioritisedProblem(
                        p.rank(),
                        p.description(),
                        p.indicatorIds().stream().filter(ids::contains).toList()))
                .toList();
        return new SituationPicture(
                areaCode,
                period,
                violenceTypes,
                status,
                agreedBy,
                agreedOn,
                replaced,
                observations,
                genderEqualityAnalysis,
                riskFactors,
                protectiveFactors,
                problems);
    }

    /**
     * This picture as a user's edit of {@code stored} (null when there is none): an indicator keeps the origin and
     * population of the stored indicator with the same id only while its figures are unchanged, and never takes one
     * from the edit itself. So a form or an API call cannot claim that typed figures came from Kolada or a file.
     */
    public SituationPicture editOf(SituationPicture stored) {
        java.util.Map<String, Indicator> before = new java.util.HashMap<>();
        if (stored != null) {
            stored.indicators().stream().filter(i -> i.origin() != null).forEach(i -> before.put(i.id(), i));
        }
        if (before.isEmpty() && indicators.stream().allMatch(i -> i.origin() == null && i.population() == null)) {
            return this;
        }
        return withIndicators(indicators.stream()
                .map(i -> {
                    Indicator old = before.get(i.id());
                    return old != null && old.sameFigures(i)
                            ? i.from(old.origin(), old.population())
                            : i.from(null, null);
                })
                .toList());
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The picture as it may be published without knowing its area's population: every person-based count of 1–4
     * suppressed ({@link Suppression}), and every rate per 100 000 of a person-based indicator above zero withheld
     * unless its source gave the population under it ({@link RateSuppression}). Pages and exports that know the
     * municipality use {@link #publishable(Population)}.
     */
    public PublishedSituationPicture publishable() {
        return publishable(Population.unknown());
    }

    /**
     * The picture as it may be published: every person-based count of 1–4 suppressed, and every rate per 100 000 of a
     * person-based indicator whose count is 1–4, or would reveal one, withheld, computed on the indicator's own
     * population or else {@code areaPopulation}.
     */
    public PublishedSituationPicture publishable(Population areaPopulation) {
        return new PublishedSituationPicture(
                areaCode,
                period,
                violenceTypes,
                status,
                agreedBy,
                agreedOn,
                indicators.stream()
                        .map(indicator -> PublishedIndicator.of(indicator, areaPopulation))
                        .toList(),
                observations,
                genderEqualityAnalysis,
                riskFactors,
                protectiveFactors,
                prioritisedProblems);
    }

    private static void checkProblemIndicators(
            Violations v, List<Indicator> indicators, List<PrioritisedProblem> problems) {
        Set<String> ids = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
        for (int p = 0; p < problems.size(); p++) {
            List<String> related = problems.get(p).indicatorIds();
            for (int i = 0; i < related.size(); i++) {
                v.require(
                        ids.contains(related.get(i)),
                        Violations.index(Violations.index("prioritisedProblems", p) + ".indicatorIds", i),
                        "det finns ingen indikator med id '" + related.get(i) + "' i lägesbilden");
            }
        }
    }

    private static void checkStatus(
            Violations v, PictureStatus status, String agreedBy, LocalDate agreedOn, List<Indicator> indicators) {
        if (!v.requireNonNull(status, "status")) {
            return;
        }
        if (status == PictureStatus.AGREED) {
            v.requireText(agreedBy, "agreedBy", Violations.NAME_MAX);
            v.requireNonNull(agreedOn, "agreedOn");
            v.require(!indicators.isEmpty(), "indicators", "en fastställd lägesbild måste ha minst en indikator");
        } else {
            v.require(agreedBy == null, "agreedBy", "måste vara tomt så länge lägesbilden är ett utkast");
            v.require(agreedOn == null, "agreedOn", "måste vara tomt så länge lägesbilden är ett utkast");
        }
    }
}
