package se.valdsprevention.web.methods;

import se.valdsprevention.web.PageNotFound;

/** The Swedish 404 answers of the method bank. */
final class MethodNotFound {

    private MethodNotFound() {}

    static PageNotFound method(String id) {
        return new PageNotFound("Det finns ingen metod med id " + shown(id) + " i metodbanken.");
    }

    static PageNotFound attachment(String id) {
        return new PageNotFound("Metoden har ingen bilaga med id " + shown(id) + ".");
    }

    private static String shown(String id) {
        return id == null ? "" : id.length() <= 64 ? id : id.substring(0, 64) + "…";
    }
}
