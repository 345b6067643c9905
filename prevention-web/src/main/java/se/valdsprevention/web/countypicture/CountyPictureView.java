package se.valdsprevention.web.countypicture;

import java.util.List;

/**
 * Länets lägesbild as the page and the county report show it: only published values, as Swedish text.
 *
 * @param period the period as users read it
 * @param periodParameter the period as {@code ?period=} writes it
 * @param withPictures the municipalities with an agreed picture for the period, by name
 * @param withoutPictures the municipalities the user follows that have none
 * @param koladaNote why Kolada's values are not shown, or null when they are
 * @param levels one table per level of the violence pyramid (base first), then the indicators on none
 */
public record CountyPictureView(
        String countyName,
        String period,
        String periodParameter,
        List<String> withPictures,
        List<String> withoutPictures,
        String koladaSource,
        String koladaNote,
        List<Level> levels,
        boolean hasGenderSplit) {

    /** A table of indicators on one level of the pyramid. */
    public record Level(String id, String heading, List<Row> rows) {}

    /**
     * An indicator's row.
     *
     * @param contributing for example "2 av 4"
     * @param note what the values leave out, why they are not combined and the municipalities' own values, or null
     */
    public record Row(
            String name,
            String women,
            String men,
            String total,
            String unit,
            String contributing,
            String source,
            boolean withheld,
            String note) {}

    /** Whether there is any indicator at all. */
    public boolean empty() {
        return levels.stream().allMatch(level -> level.rows().isEmpty());
    }
}
