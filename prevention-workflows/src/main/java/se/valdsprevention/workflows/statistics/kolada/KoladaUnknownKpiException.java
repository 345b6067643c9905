package se.valdsprevention.workflows.statistics.kolada;

import java.util.List;

/** Kolada does not know one or more of the key figures asked for: the county's template names a wrong id. */
public final class KoladaUnknownKpiException extends KoladaException {

    private final List<String> ids;

    private KoladaUnknownKpiException(List<String> ids, String message) {
        super(message, null);
        this.ids = List.copyOf(ids);
    }

    /** Kolada's answer lists none of {@code ids}. */
    static KoladaUnknownKpiException unknown(List<String> ids) {
        return new KoladaUnknownKpiException(
                ids,
                (ids.size() == 1
                                ? "Kolada känner inte till nyckeltalet " + ids.get(0)
                                : "Kolada känner inte till nyckeltalen " + String.join(", ", ids))
                        + ". Kontrollera id:t i länets mall för indikatorer.");
    }

    /** Kolada answered 404 to a question about {@code ids}: at least one of them does not exist. */
    static KoladaUnknownKpiException notFound(List<String> ids) {
        if (ids.size() == 1) {
            return unknown(ids);
        }
        return new KoladaUnknownKpiException(
                ids,
                "Kolada känner inte till minst ett av nyckeltalen " + String.join(", ", ids)
                        + ". Kontrollera id:n i länets mall för indikatorer.");
    }

    /** The ids Kolada does not know (or, after a 404, the ids of which at least one is unknown). */
    public List<String> ids() {
        return ids;
    }
}
