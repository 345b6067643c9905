package se.valdsprevention.workflows.statistics.kolada;

/** Kolada answered, but with something this client cannot read: not JSON, not Kolada's shape, or a refusal. */
public final class KoladaResponseException extends KoladaException {

    private KoladaResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    static KoladaResponseException unreadable(String detail, Throwable cause) {
        return new KoladaResponseException(
                "Kolada svarade med något som inte går att läsa som nyckeltal (" + detail
                        + "). Försök igen senare; kvarstår felet kan Koladas API ha ändrats.",
                cause);
    }

    static KoladaResponseException refused(int status) {
        return new KoladaResponseException(
                "Kolada tog inte emot frågan (HTTP " + status + "). Kontrollera länets inställningar för Kolada.",
                null);
    }
}
