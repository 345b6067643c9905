package se.valdsprevention.core.method;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import se.valdsprevention.core.validation.Violations;

/** A link from a method to a public page: only {@code https} addresses, so that no script or plain-text page is linked. */
public record MethodLink(String title, String url) {

    /** Longest accepted address. */
    public static final int URL_MAX = 2_000;

    public MethodLink {
        var v = new Violations();
        v.requireText(title, "title", Violations.NAME_MAX);
        String problem = problemWithUrl(url);
        if (problem != null) {
            v.add("url", problem);
        }
        v.throwIfAny();
    }

    /** Why {@code url} is not accepted as a link, in Swedish, or null when it is an absolute https address. */
    public static String problemWithUrl(String url) {
        if (url == null || url.isBlank()) {
            return "Ange en adress som börjar med https://.";
        }
        if (url.length() > URL_MAX) {
            return "Adressen får vara högst " + URL_MAX + " tecken.";
        }
        if (!url.strip().equals(url)
                || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "Adressen får inte innehålla mellanslag.";
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null
                    || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
                return "Bara adresser som börjar med https:// kan länkas.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "Adressen saknar webbplats efter https://.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "Adressen går inte att tolka; kontrollera att den är en hel webbadress.";
        }
    }
}
