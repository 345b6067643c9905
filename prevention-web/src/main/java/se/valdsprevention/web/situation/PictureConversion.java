package se.valdsprevention.web.situation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.valdsprevention.core.situation.GenderEqualityAnalysis;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Observation;
import se.valdsprevention.core.situation.PrioritisedProblem;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.situation.SituationPictureForm.FactorRow;
import se.valdsprevention.web.situation.SituationPictureForm.IndicatorRow;
import se.valdsprevention.web.situation.SituationPictureForm.ObservationRow;
import se.valdsprevention.web.situation.SituationPictureForm.ProblemRow;

/**
 * Turns the form's sections into prevention-core's values, one row at a time, so that every refusal lands on the
 * form field it concerns. Rows left entirely empty are dropped. Core's own rules decide validity; this class adds
 * what only a form has: parsing typed numbers and dates, unknown choices, row limits, and new indicators' ids.
 */
final class PictureConversion {

    static final int MAX_INDICATORS = 200;
    static final int MAX_OBSERVATIONS = 200;
    static final int MAX_FACTORS = 100;
    static final int MAX_PROBLEMS = 50;
    /** The most rows of any list the form binds: one more than any limit, so an overlong list gets its message. */
    static final int MAX_BOUND_ROWS = MAX_INDICATORS + 1;

    private static final int NUMBER_MAX_LENGTH = 20;
    private static final BigDecimal ABSURD = new BigDecimal("1000000000000");

    private final SituationPictureForm form;
    private final FormProblems problems;
    private final SwedishDates dates;

    PictureConversion(SituationPictureForm form, FormProblems problems, SwedishDates dates) {
        this.form = form;
        this.problems = problems;
        this.dates = dates;
    }

    ReportingPeriod period() {
        LocalDate start = date(form.getPeriodStart(), "periodStart", "Ange periodens första dag.");
        LocalDate end = date(form.getPeriodEnd(), "periodEnd", "Ange periodens sista dag.");
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            problems.error("periodEnd", "Periodens sista dag kan inte ligga före den första.");
            return null;
        }
        return new ReportingPeriod(start, end);
    }

    List<ViolenceType> violenceTypes() {
        Set<ViolenceType> types = new LinkedHashSet<>();
        for (String name : form.getViolenceTypes()) {
            ViolenceType type = choice(ViolenceType.class, name);
            if (type == null) {
                problems.error("violenceTypes", "Välj våldsformer bland dem som visas.");
            } else {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    /**
     * The indicators of the form, with an id made from the name for each new one.
     *
     * @param takenIds ids of indicators outside the form (another contributor's rows), which new ids must avoid
     */
    List<Indicator> indicators(Set<String> takenIds) {
        List<IndicatorRow> rows = form.getIndicators();
        if (limit(rows.stream().filter(row -> !row.blank()).count(), MAX_INDICATORS, "indicators", "indikatorer")) {
            return List.of();
        }
        Set<String> used = new HashSet<>(takenIds);
        rows.stream()
                .map(IndicatorRow::getId)
                .filter(id -> id != null && !id.isBlank())
                .forEach(used::add);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "indicators[" + i + "]";
            if (row.getId() == null || row.getId().isBlank()) {
                if (row.getName() != null && !row.getName().isBlank()) {
                    row.setId(newId(row.getName(), used));
                }
            }
            Unit unit = requiredChoice(Unit.class, row.getUnit(), path + ".unit", "Välj en enhet.");
            PyramidLevel level = optionalChoice(PyramidLevel.class, row.getPyramidLevel(), path + ".pyramidLevel");
            BigDecimal women = number(row.getWomen(), path + ".women");
            BigDecimal men = number(row.getMen(), path + ".men");
            BigDecimal total = number(row.getTotal(), path + ".total");
            if (unit != null && unit.count() && women != null && men != null && total != null) {
                BigDecimal sum = women.add(men);
                if (sum.compareTo(total) > 0) {
                    problems.error(
                            path + ".total",
                            "Kvinnor + män (" + sum.toPlainString() + ") är fler än totalt (" + total.toPlainString()
                                    + ").");
                } else if (sum.compareTo(total) < 0) {
                    problems.warning(
                            path + ".total",
                            "Kvinnor + män (" + sum.toPlainString() + ") är färre än totalt (" + total.toPlainString()
                                    + "). Stämmer det, till exempel för att kön saknas för några?");
                }
            }
            try {
                indicators.add(new Indicator(
                        blankToNull(row.getId()),
                        row.getName(),
                        row.getSource(),
                        unit,
                        row.isPersonBased(),
                        level,
                        women,
                        men,
                        total,
                        row.getNoGenderSplitReason()));
            } catch (ValidationException refused) {
                refused.violations().forEach(v -> problems.error(path + "." + v.path(), v.message()));
            }
        }
        return indicators;
    }

    List<Observation> observations() {
        List<ObservationRow> rows = form.getObservations();
        if (limit(
                rows.stream().filter(row -> !row.blank()).count(), MAX_OBSERVATIONS, "observations", "iakttagelser")) {
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ObservationRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "observations[" + i + "]";
            try {
                observations.add(new Observation(row.getFinding(), row.getSource()));
            } catch (ValidationException refused) {
                refused.violations().forEach(v -> problems.error(path + "." + v.path(), v.message()));
            }
        }
        return observations;
    }

    GenderEqualityAnalysis analysis() {
        var fields = form.getGenderEqualityAnalysis();
        if (fields == null || fields.blank()) {
            return null;
        }
        try {
            return new GenderEqualityAnalysis(
                    fields.getSummary(), fields.getDifferencesBetweenWomenAndMen(), fields.getConsequences());
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> problems.error("genderEqualityAnalysis." + v.path(), v.message()));
            return null;
        }
    }

    List<RiskFactor> riskFactors() {
        List<RiskFactor> risks = new ArrayList<>();
        factors(
                form.getRiskFactors(),
                "riskFactors",
                "riskfaktorer",
                (level, row) -> risks.add(new RiskFactor(level, row.getDescription(), row.isInfluenceable())));
        return risks;
    }

    List<ProtectiveFactor> protectiveFactors() {
        List<ProtectiveFactor> factors = new ArrayList<>();
        factors(
                form.getProtectiveFactors(),
                "protectiveFactors",
                "skyddsfaktorer",
                (level, row) -> factors.add(new ProtectiveFactor(level, row.getDescription(), row.isInfluenceable())));
        return factors;
    }

    List<PrioritisedProblem> prioritisedProblems(Set<String> indicatorIds) {
        List<ProblemRow> rows = form.getPrioritisedProblems();
        if (limit(
                rows.stream().filter(row -> !row.blank()).count(),
                MAX_PROBLEMS,
                "prioritisedProblems",
                "prioriterade problem")) {
            return List.of();
        }
        List<PrioritisedProblem> result = new ArrayList<>();
        Set<Integer> ranks = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ProblemRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "prioritisedProblems[" + i + "]";
            Integer rank = rank(row.getRank(), path + ".rank");
            if (rank != null && !ranks.add(rank)) {
                problems.error(path + ".rank", "Två problem har samma rangordning " + rank + ".");
            }
            List<String> related = new ArrayList<>(new LinkedHashSet<>(row.getIndicatorIds()));
            if (!indicatorIds.containsAll(related)) {
                problems.error(path + ".indicatorIds", "Välj bland lägesbildens indikatorer.");
                continue;
            }
            if (rank == null) {
                continue;
            }
            try {
                result.add(new PrioritisedProblem(rank, row.getDescription(), related));
            } catch (ValidationException refused) {
                refused.violations().forEach(v -> problems.error(path + "." + v.path(), v.message()));
            }
        }
        return result;
    }

    private interface FactorMaker {
        void make(SocioEcologicalLevel level, FactorRow row);
    }

    private void factors(List<FactorRow> rows, String list, String what, FactorMaker maker) {
        if (limit(rows.stream().filter(row -> !row.blank()).count(), MAX_FACTORS, list, what)) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            FactorRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = list + "[" + i + "]";
            SocioEcologicalLevel level =
                    requiredChoice(SocioEcologicalLevel.class, row.getLevel(), path + ".level", "Välj en nivå.");
            if (level == null) {
                continue;
            }
            try {
                maker.make(level, row);
            } catch (ValidationException refused) {
                refused.violations().forEach(v -> problems.error(path + "." + v.path(), v.message()));
            }
        }
    }

    private boolean limit(long rows, int max, String path, String what) {
        if (rows > max) {
            problems.error(
                    path,
                    "Lägesbilden kan ha högst " + max + " " + what + ", formuläret hade " + rows + ". Ta bort "
                            + (rows - max) + ".");
            return true;
        }
        return false;
    }

    private LocalDate date(String text, String path, String whenMissing) {
        try {
            LocalDate date = dates.parse(text).orElse(null);
            if (date == null) {
                problems.error(path, whenMissing);
            }
            return date;
        } catch (IllegalArgumentException refused) {
            problems.error(path, refused.getMessage());
            return null;
        }
    }

    /** A number as Swedes type it: decimal comma or point, spaces between thousands. */
    private BigDecimal number(String text, String path) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (compact.length() > NUMBER_MAX_LENGTH || !compact.matches("-?\\d+(\\.\\d+)?")) {
            problems.error(path, "Skriv ett tal med siffror, till exempel 12 eller 3,5.");
            return null;
        }
        BigDecimal value = new BigDecimal(compact);
        if (value.abs().compareTo(ABSURD) >= 0) {
            problems.error(path, "Talet är orimligt stort. Kontrollera det.");
            return null;
        }
        return value;
    }

    private Integer rank(String text, String path) {
        if (text == null || text.isBlank()) {
            problems.error(path, "Ange problemets plats i rangordningen, 1 för det viktigaste.");
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{1,4}") || Integer.parseInt(trimmed) < 1) {
            problems.error(path, "Skriv rangordningen som ett heltal från 1.");
            return null;
        }
        return Integer.parseInt(trimmed);
    }

    private <E extends Enum<E>> E requiredChoice(Class<E> type, String name, String path, String whenMissing) {
        if (name == null || name.isBlank()) {
            problems.error(path, whenMissing);
            return null;
        }
        E value = choice(type, name);
        if (value == null) {
            problems.error(path, "Välj ett av alternativen i listan.");
        }
        return value;
    }

    private <E extends Enum<E>> E optionalChoice(Class<E> type, String name, String path) {
        if (name == null || name.isBlank()) {
            return null;
        }
        E value = choice(type, name);
        if (value == null) {
            problems.error(path, "Välj ett av alternativen i listan.");
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** A readable id from the name, unique among {@code used}: "Elever utsatta för kränkningar" → elever-utsatta-for-krankningar. */
    static String newId(String name, Set<String> used) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-+$", "");
        }
        if (plain.isEmpty()) {
            plain = "indikator";
        }
        String id = plain;
        for (int n = 2; used.contains(id); n++) {
            id = plain + "-" + n;
        }
        used.add(id);
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
