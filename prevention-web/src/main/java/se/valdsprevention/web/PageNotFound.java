package se.valdsprevention.web;

/** A page that does not exist for this user; answered with 404 and the message, which is in Swedish. */
public final class PageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFound(String swedishMessage) {
        super(swedishMessage);
    }

    /** The same answer for a municipality that does not exist and one the user does not work for. */
    public static PageNotFound municipality(String code) {
        String shown = code == null ? "" : code.length() <= 20 ? code : code.substring(0, 20) + "…";
        return new PageNotFound("Det finns ingen kommun med koden " + shown + " bland dem du arbetar för.");
    }
}
