package se.valdsprevention.web.situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.valdsprevention.core.situation.GenderEqualityAnalysis;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Observation;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;

/**
 * The situation picture as the page's form holds it: text as typed, rows by index ({@code indicators[0].name}),
 * so that a refused submission comes back exactly as the user wrote it. Converted to and from the core record by
 * {@link PictureConversion}.
 */
public class SituationPictureForm {

    private String cycleId;
    private String baseRevision;
    private String periodStart;
    private String periodEnd;
    private List<String> violenceTypes = new ArrayList<>();
    private List<IndicatorRow> indicators = new ArrayList<>();
    private List<ObservationRow> observations = new ArrayList<>();
    private AnalysisFields genderEqualityAnalysis = new AnalysisFields();
    private List<FactorRow> riskFactors = new ArrayList<>();
    private List<FactorRow> protectiveFactors = new ArrayList<>();
    private List<ProblemRow> prioritisedProblems = new ArrayList<>();
    private String action;

    /** The form filled from a stored picture; {@code baseRevision} is the revision it shows (0 for none yet). */
    static SituationPictureForm of(SituationPicture picture, String cycleId, int baseRevision) {
        SituationPictureForm form = new SituationPictureForm();
        form.cycleId = cycleId;
        form.baseRevision = Integer.toString(baseRevision);
        if (picture == null) {
            return form;
        }
        form.periodStart = picture.period().start().toString();
        form.periodEnd = picture.period().end().toString();
        picture.violenceTypes().forEach(type -> form.violenceTypes.add(type.name()));
        picture.indicators().forEach(indicator -> form.indicators.add(IndicatorRow.of(indicator)));
        picture.observations().forEach(observation -> form.observations.add(ObservationRow.of(observation)));
        form.genderEqualityAnalysis = AnalysisFields.of(picture.genderEqualityAnalysis());
        picture.riskFactors().forEach(risk -> form.riskFactors.add(FactorRow.of(risk)));
        picture.protectiveFactors().forEach(factor -> form.protectiveFactors.add(FactorRow.of(factor)));
        picture.prioritisedProblems().forEach(problem -> form.prioritisedProblems.add(ProblemRow.of(problem)));
        return form;
    }

    /** A row of the indicator table. Numbers are bound as numbers: "abc" is a type mismatch on the field. */
    public static class IndicatorRow {
        private String id;
        private String name;
        private String source;
        private String unit;
        private boolean personBased;
        private String pyramidLevel;
        private String women;
        private String men;
        private String total;
        private String noGenderSplitReason;

        static IndicatorRow of(Indicator indicator) {
            IndicatorRow row = new IndicatorRow();
            row.id = indicator.id();
            row.name = indicator.name();
            row.source = indicator.source();
            row.unit = indicator.unit().name();
            row.personBased = indicator.personBased();
            row.pyramidLevel = indicator.pyramidLevel() == null
                    ? ""
                    : indicator.pyramidLevel().name();
            row.women = plain(indicator.women());
            row.men = plain(indicator.men());
            row.total = plain(indicator.total());
            row.noGenderSplitReason = indicator.noGenderSplitReason();
            return row;
        }

        /** Whether nothing was typed in the row: an added row left empty is dropped on save. */
        boolean blank() {
            return isBlank(id)
                    && isBlank(name)
                    && isBlank(source)
                    && isBlank(women)
                    && isBlank(men)
                    && isBlank(total)
                    && isBlank(noGenderSplitReason);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public boolean isPersonBased() {
            return personBased;
        }

        public void setPersonBased(boolean personBased) {
            this.personBased = personBased;
        }

        public String getPyramidLevel() {
            return pyramidLevel;
        }

        public void setPyramidLevel(String pyramidLevel) {
            this.pyramidLevel = pyramidLevel;
        }

        public String getWomen() {
            return women;
        }

        public void setWomen(String women) {
            this.women = women;
        }

        public String getMen() {
            return men;
        }

        public void setMen(String men) {
            this.men = men;
        }

        public String getTotal() {
            return total;
        }

        public void setTotal(String total) {
            this.total = total;
        }

        public String getNoGenderSplitReason() {
            return noGenderSplitReason;
        }

        public void setNoGenderSplitReason(String noGenderSplitReason) {
            this.noGenderSplitReason = noGenderSplitReason;
        }
    }

    /** A finding in words and its source. */
    public static class ObservationRow {
        private String finding;
        private String source;

        static ObservationRow of(Observation observation) {
            ObservationRow row = new ObservationRow();
            row.finding = observation.finding();
            row.source = observation.source();
            return row;
        }

        boolean blank() {
            return isBlank(finding) && isBlank(source);
        }

        public String getFinding() {
            return finding;
        }

        public void setFinding(String finding) {
            this.finding = finding;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    /** The gender-equality analysis; all blank means not written yet. */
    public static class AnalysisFields {
        private String summary;
        private String differencesBetweenWomenAndMen;
        private String consequences;

        static AnalysisFields of(GenderEqualityAnalysis analysis) {
            AnalysisFields fields = new AnalysisFields();
            if (analysis != null) {
                fields.summary = analysis.summary();
                fields.differencesBetweenWomenAndMen = analysis.differencesBetweenWomenAndMen();
                fields.consequences = analysis.consequences();
            }
            return fields;
        }

        boolean blank() {
            return isBlank(summary) && isBlank(differencesBetweenWomenAndMen) && isBlank(consequences);
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getDifferencesBetweenWomenAndMen() {
            return differencesBetweenWomenAndMen;
        }

        public void setDifferencesBetweenWomenAndMen(String differencesBetweenWomenAndMen) {
            this.differencesBetweenWomenAndMen = differencesBetweenWomenAndMen;
        }

        public String getConsequences() {
            return consequences;
        }

        public void setConsequences(String consequences) {
            this.consequences = consequences;
        }
    }

    /** A risk or protective factor on a socio-ecological level. */
    public static class FactorRow {
        private String level;
        private String description;
        private boolean influenceable;

        static FactorRow of(RiskFactor risk) {
            return of(risk.level().name(), risk.description(), risk.influenceable());
        }

        static FactorRow of(ProtectiveFactor factor) {
            return of(factor.level().name(), factor.description(), factor.influenceable());
        }

        private static FactorRow of(String level, String description, boolean influenceable) {
            FactorRow row = new FactorRow();
            row.level = level;
            row.description = description;
            row.influenceable = influenceable;
            return row;
        }

        boolean blank() {
            return isBlank(description);
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isInfluenceable() {
            return influenceable;
        }

        public void setInfluenceable(boolean influenceable) {
            this.influenceable = influenceable;
        }
    }

    /** A prioritised problem, its rank and the indicators that show it. */
    public static class ProblemRow {
        private String rank;
        private String description;
        private List<String> indicatorIds = new ArrayList<>();

        static ProblemRow of(PrioritisedProblem problem) {
            ProblemRow row = new ProblemRow();
            row.rank = Integer.toString(problem.rank());
            row.description = problem.description();
            row.indicatorIds = new ArrayList<>(problem.indicatorIds());
            return row;
        }

        boolean blank() {
            return isBlank(rank) && isBlank(description) && indicatorIds.isEmpty();
        }

        public String getRank() {
            return rank;
        }

        public void setRank(String rank) {
            this.rank = rank;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<String> getIndicatorIds() {
            return indicatorIds;
        }

        public void setIndicatorIds(List<String> indicatorIds) {
            this.indicatorIds = indicatorIds == null ? new ArrayList<>() : indicatorIds;
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getCycleId() {
        return cycleId;
    }

    public void setCycleId(String cycleId) {
        this.cycleId = cycleId;
    }

    public String getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(String baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<String> getViolenceTypes() {
        return violenceTypes;
    }

    public void setViolenceTypes(List<String> violenceTypes) {
        this.violenceTypes = violenceTypes == null ? new ArrayList<>() : violenceTypes;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }

    public List<ObservationRow> getObservations() {
        return observations;
    }

    public void setObservations(List<ObservationRow> observations) {
        this.observations = observations;
    }

    public AnalysisFields getGenderEqualityAnalysis() {
        return genderEqualityAnalysis;
    }

    public void setGenderEqualityAnalysis(AnalysisFields genderEqualityAnalysis) {
        this.genderEqualityAnalysis = genderEqualityAnalysis;
    }

    public List<FactorRow> getRiskFactors() {
        return riskFactors;
    }

    public void setRiskFactors(List<FactorRow> riskFactors) {
        this.riskFactors = riskFactors;
    }

    public List<FactorRow> getProtectiveFactors() {
        return protectiveFactors;
    }

    public void setProtectiveFactors(List<FactorRow> protectiveFactors) {
        this.protectiveFactors = protectiveFactors;
    }

    public List<ProblemRow> getPrioritisedProblems() {
        return prioritisedProblems;
    }

    public void setPrioritisedProblems(List<ProblemRow> prioritisedProblems) {
        this.prioritisedProblems = prioritisedProblems;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
