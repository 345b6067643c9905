package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.valdsprevention.core.county.CountyFixtures;

/** A valid situation picture of Norsjö (2417) for 2024, and builders to vary one part of it. */
public final class SituationPictureFixtures {

    private SituationPictureFixtures() {}

    public static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** Reported assaults: person-based, split by gender, on the serious-violence level. */
    public static IndicatorBuilder indicator() {
        return new IndicatorBuilder();
    }

    public static Indicator assaults() {
        return indicator().build();
    }

    /** Pupils who report being violated at school: 3 girls, 10 boys, 13 in total. */
    public static Indicator schoolHarassment() {
        return indicator()
                .id("school-harassment")
                .name("Elever som utsatts för kränkningar i skolan")
                .source("Skolenkät årskurs 9")
                .unit(Unit.PERSONS)
                .pyramidLevel(PyramidLevel.VIOLATIONS_AND_HARASSMENT)
                .values("3", "10", "13")
                .build();
    }

    /** Share feeling unsafe outdoors at night: a percentage, never suppressed. */
    public static Indicator insecurity() {
        return indicator()
                .id("insecurity")
                .name("Andel som känner sig otrygga utomhus sent en kväll")
                .source("NTU")
                .unit(Unit.PERCENT)
                .pyramidLevel(null)
                .values("28.5", "9.0", "18.7")
                .build();
    }

    /** Police call-outs to homes: cases, not person-based, no split. */
    public static Indicator callOuts() {
        return indicator()
                .id("police-call-outs")
                .name("Polisens utryckningar till bostäder")
                .source("Polisens lokala lägesbild")
                .unit(Unit.CASES)
                .personBased(false)
                .pyramidLevel(PyramidLevel.THREATS_AND_LIGHTER_VIOLENCE)
                .values(null, null, "41")
                .build();
    }

    public static PictureBuilder picture() {
        return new PictureBuilder();
    }

    /** The valid Norsjö 2024 draft. */
    public static SituationPicture norsjo2024() {
        return picture().build();
    }

    public static final class IndicatorBuilder {
        private String id = "reported-assaults";
        private String name = "Anmälda misshandelsbrott";
        private String source = "Brå, anmälda brott";
        private Unit unit = Unit.PERSONS;
        private boolean personBased = true;
        private PyramidLevel pyramidLevel = PyramidLevel.SERIOUS_VIOLENCE;
        private BigDecimal women = n("12");
        private BigDecimal men = n("20");
        private BigDecimal total = n("32");
        private String noGenderSplitReason;

        public IndicatorBuilder id(String id) {
            this.id = id;
            return this;
        }

        public IndicatorBuilder name(String name) {
            this.name = name;
            return this;
        }

        public IndicatorBuilder source(String source) {
            this.source = source;
            return this;
        }

        public IndicatorBuilder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        public IndicatorBuilder personBased(boolean personBased) {
            this.personBased = personBased;
            return this;
        }

        public IndicatorBuilder pyramidLevel(PyramidLevel pyramidLevel) {
            this.pyramidLevel = pyramidLevel;
            return this;
        }

        /** Women, men and total as decimal strings; null for a value not given. */
        public IndicatorBuilder values(String women, String men, String total) {
            this.women = women == null ? null : n(women);
            this.men = men == null ? null : n(men);
            this.total = total == null ? null : n(total);
            return this;
        }

        public IndicatorBuilder noGenderSplitReason(String reason) {
            this.noGenderSplitReason = reason;
            return this;
        }

        public Indicator build() {
            return new Indicator(
                    id, name, source, unit, personBased, pyramidLevel, women, men, total, noGenderSplitReason);
        }
    }

    public static final class PictureBuilder {
        private String areaCode = CountyFixtures.NORSJO;
        private ReportingPeriod period = ReportingPeriod.ofYear(2024);
        private List<ViolenceType> violenceTypes = List.of(ViolenceType.CLOSE_RELATIONSHIPS, ViolenceType.SCHOOL);
        private PictureStatus status = PictureStatus.DRAFT;
        private String agreedBy;
        private LocalDate agreedOn;
        private List<Indicator> indicators = List.of(assaults(), schoolHarassment(), insecurity(), callOuts());
        private List<Observation> observations = List.of(
                new Observation("Polisen ser fler larm om bråk i hemmet under helger.", "Polisens lokala lägesbild"));
        private GenderEqualityAnalysis analysis = new GenderEqualityAnalysis(
                "Kvinnor utsätts oftare för våld i nära relationer, män oftare för våld i offentlig miljö.",
                "Flickor rapporterar kränkningar på nätet, pojkar fysiska kränkningar.",
                "Kvinnor begränsar sin rörelsefrihet kvällstid.");
        private List<RiskFactor> riskFactors = List.of(
                new RiskFactor(SocioEcologicalLevel.COMMUNITY, "Få trygga mötesplatser för unga kvällstid.", true));
        private List<ProtectiveFactor> protectiveFactors = List.of(new ProtectiveFactor(
                SocioEcologicalLevel.RELATIONSHIP, "Starka band mellan skola och föräldrar.", true));
        private List<PrioritisedProblem> problems = List.of(new PrioritisedProblem(
                1, "Kränkningar i skolan, särskilt mot flickor på nätet.", List.of("school-harassment")));

        public PictureBuilder areaCode(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        public PictureBuilder period(ReportingPeriod period) {
            this.period = period;
            return this;
        }

        public PictureBuilder violenceTypes(List<ViolenceType> violenceTypes) {
            this.violenceTypes = violenceTypes;
            return this;
        }

        public PictureBuilder agreed(String agreedBy, LocalDate agreedOn) {
            this.status = PictureStatus.AGREED;
            this.agreedBy = agreedBy;
            this.agreedOn = agreedOn;
            return this;
        }

        public PictureBuilder status(PictureStatus status) {
            this.status = status;
            return this;
        }

        public PictureBuilder indicators(List<Indicator> indicators) {
            this.indicators = indicators;
            return this;
        }

        public PictureBuilder indicators(Indicator... indicators) {
            this.indicators = new ArrayList<>(List.of(indicators));
            return this;
        }

        public PictureBuilder observations(List<Observation> observations) {
            this.observations = observations;
            return this;
        }

        public PictureBuilder analysis(GenderEqualityAnalysis analysis) {
            this.analysis = analysis;
            return this;
        }

        public PictureBuilder prioritisedProblems(List<PrioritisedProblem> problems) {
            this.problems = problems;
            return this;
        }

        public SituationPicture build() {
            return new SituationPicture(
                    areaCode,
                    period,
                    violenceTypes,
                    status,
                    agreedBy,
                    agreedOn,
                    indicators,
                    observations,
                    analysis,
                    riskFactors,
                    protectiveFactors,
                    problems);
        }
    }
}
