package se.valdsprevention.web.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PublishedParts;
import se.valdsprevention.core.situation.PublishedValues;
import se.valdsprevention.core.situation.RateSuppression;
import se.valdsprevention.core.situation.Suppressed;
import se.valdsprevention.core.situation.Suppression;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;
import se.valdsprevention.workflows.statistics.StoredValue;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/**
 * The municipalities × template indicators of one year, women, men and in total, as they may be shown: person-based
 * counts of 1–4 withheld ({@link Suppression}), person-based rates per 100 000 withheld when the count under them is
 * 1–4 for the municipality's configured population ({@link RateSuppression}), and what each municipality lacks.
 */
record CountyMatrix(int year, List<Indicator> indicators, List<Row> rows, List<Lack> lacks) {

    /** A key figure of the template as the page lists it. */
    record Indicator(String id, String name, String unit, boolean personBased) {}

    /** A municipality's values, in the order of the indicators. */
    record Row(String code, String name, List<Values> values) {}

    /** One indicator's values for a municipality. */
    record Values(String kpi, Cell women, Cell men, Cell total) {

        public List<Cell> cells() {
            return List.of(women, men, total);
        }
    }

    /** What a municipality lacks, one Swedish phrase per indicator, for example "N07403 Våld: saknas för kvinnor". */
    record Lack(String code, String name, List<String> what) {}

    private static final List<String> GENDER_WORDS = List.of("kvinnor", "män", "totalt");

    static CountyMatrix of(
            int year, List<IndicatorProperties> template, CountyProperties county, List<StoredValue> stored) {
        Map<String, StoredValue> byKey = new HashMap<>();
        stored.forEach(value -> byKey.put(key(value.municipality(), value.kpi(), value.gender()), value));
        List<Indicator> indicators = template.stream()
                .map(i -> new Indicator(
                        i.getId(), i.getName(), i.getUnit().label(), Boolean.TRUE.equals(i.getPersonBased())))
                .toList();
        var rows = new ArrayList<Row>();
        var lacks = new ArrayList<Lack>();
        for (MunicipalityProperties municipality : county.getMunicipalities()) {
            var values = new ArrayList<Values>();
            var lacking = new ArrayList<String>();
            for (IndicatorProperties indicator : template) {
                StoredValue[] genders = {
                    byKey.get(key(municipality.getCode(), indicator.getId(), Gender.WOMEN)),
                    byKey.get(key(municipality.getCode(), indicator.getId(), Gender.MEN)),
                    byKey.get(key(municipality.getCode(), indicator.getId(), Gender.TOTAL))
                };
                List<Cell> cells = cells(indicator, genders, population(municipality));
                values.add(new Values(indicator.getId(), cells.get(0), cells.get(1), cells.get(2)));
                String lack = lack(cells);
                if (lack != null) {
                    lacking.add(indicator.getId() + " " + indicator.getName() + ": " + lack);
                }
            }
            rows.add(new Row(municipality.getCode(), municipality.getName(), values));
            if (!lacking.isEmpty()) {
                lacks.add(new Lack(municipality.getCode(), municipality.getName(), lacking));
            }
        }
        return new CountyMatrix(year, indicators, rows, lacks);
    }

    /** The population the county's configuration gives; a number left at 0 is not known. */
    static Population population(MunicipalityProperties municipality) {
        Long women = municipality.getPopulationWomen() > 0 ? (long) municipality.getPopulationWomen() : null;
        Long men = municipality.getPopulationMen() > 0 ? (long) municipality.getPopulationMen() : null;
        return new Population(women, men, null);
    }

    /** Women, men and total as shown: not fetched, missing, withheld or the number. */
    static List<Cell> cells(IndicatorProperties indicator, StoredValue[] genders, Population population) {
        BigDecimal[] numbers = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            numbers[i] = genders[i] == null ? null : genders[i].value();
        }
        Cell[] published = publish(indicator, numbers, population);
        var cells = new ArrayList<Cell>(3);
        for (int i = 0; i < 3; i++) {
            cells.add(genders[i] == null ? Cell.notFetched() : numbers[i] == null ? Cell.missing() : published[i]);
        }
        return cells;
    }

    private static Cell[] publish(IndicatorProperties indicator, BigDecimal[] numbers, Population population) {
        Cell[] cells = new Cell[3];
        boolean personBased = Boolean.TRUE.equals(indicator.getPersonBased());
        Unit unit = indicator.getUnit();
        try {
            if (personBased && unit == Unit.PER_100K) {
                PublishedValues rates = RateSuppression.publish(numbers[0], numbers[1], numbers[2], population);
                cells[0] = numbers[0] == null ? null : Cell.of(rates.women());
                cells[1] = numbers[1] == null ? null : Cell.of(rates.men());
                cells[2] = numbers[2] == null ? null : Cell.of(rates.total());
            } else if (personBased && unit.count()) {
                var parts = new ArrayList<BigDecimal>();
                for (int i = 0; i < 2; i++) {
                    if (numbers[i] != null) {
                        parts.add(numbers[i]);
                    }
                }
                PublishedParts counts = Suppression.suppress(parts, numbers[2]);
                int part = 0;
                for (int i = 0; i < 2; i++) {
                    if (numbers[i] != null) {
                        cells[i] = Cell.of(counts.parts().get(part++));
                    }
                }
                cells[2] = numbers[2] == null ? null : Cell.of(counts.total());
            } else {
                for (int i = 0; i < 3; i++) {
                    cells[i] = numbers[i] == null ? null : new Cell(Cell.number(numbers[i]), Cell.State.SHOWN);
                }
            }
        } catch (ValidationException unpublishable) {
            // A negative rate or count cannot be checked for small numbers: withhold it rather than guess.
            Arrays.fill(cells, Cell.of(Suppressed.PROTECTING));
        }
        return cells;
    }

    /** What the cells lack, in Swedish, or null when nothing is lacking. */
    private static String lack(List<Cell> cells) {
        if (cells.stream().allMatch(cell -> cell.state() == Cell.State.NOT_FETCHED)) {
            return Cell.NOT_FETCHED;
        }
        if (cells.stream().allMatch(cell -> cell.state() == Cell.State.MISSING)) {
            return Cell.MISSING;
        }
        var phrases = new ArrayList<String>();
        for (Cell.State state : List.of(Cell.State.MISSING, Cell.State.NOT_FETCHED)) {
            var genders = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                if (cells.get(i).state() == state) {
                    genders.add(GENDER_WORDS.get(i));
                }
            }
            if (!genders.isEmpty()) {
                String word = state == Cell.State.MISSING ? Cell.MISSING : Cell.NOT_FETCHED;
                phrases.add(word + " för " + String.join(" och ", genders));
            }
        }
        return phrases.isEmpty() ? null : String.join(", ", phrases);
    }

    private static String key(String municipality, String kpi, Gender gender) {
        return municipality + "/" + kpi + "/" + gender.code();
    }
}
