package se.valdsprevention.core.situation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;

/** A published value that is withheld because it is, or would reveal, a count of 1–4. */
public final class Suppressed implements ShownValue {

    /** The one suppressed marker. */
    public static final Suppressed INSTANCE = new Suppressed();

    private Suppressed() {}

    @Override
    @JsonProperty("suppressed")
    public boolean suppressed() {
        return true;
    }

    @Override
    @JsonIgnore
    public Optional<BigDecimal> number() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "suppressed";
    }
}
