package se.valdsprevention.web.security;

/** A page or action the user may see but not use; answered with 403 and the message, which is in Swedish. */
public final class PageForbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageForbidden(String swedishMessage) {
        super(swedishMessage);
    }
}
