package se.valdsprevention.workflows.statistics.kolada;

/** Kolada could not give what was asked; the message is a Swedish sentence for the user. */
public abstract sealed class KoladaException extends RuntimeException
        permits KoladaUnavailableException, KoladaResponseException, KoladaUnknownKpiException {

    KoladaException(String message, Throwable cause) {
        super(message, cause);
    }
}
