package se.valdsprevention.core.situation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A published value that is withheld: either because it is a count of 1–4 ({@link #SMALL_COUNT}) or because
 * showing it would reveal one ({@link #PROTECTING}, complementary suppression). Users read the two differently:
 * "färre än 5" is only true of the first.
 */
@JsonPropertyOrder({"suppressed", "reason"})
public final class Suppressed implements ShownValue {

    /** Why a value is withheld, with the Swedish text shown in its place. */
    public enum Reason {
        SMALL_COUNT("färre än 5"),
        PROTECTS_SMALL_COUNT("dolt för att skydda små tal");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The Swedish text shown instead of the value. */
        public String label() {
            return label;
        }
    }

    /** A count of 1–4. */
    public static final Suppressed SMALL_COUNT = new Suppressed(Reason.SMALL_COUNT);

    /** A value that is not small itself but would reveal a small count if shown. */
    public static final Suppressed PROTECTING = new Suppressed(Reason.PROTECTS_SMALL_COUNT);

    private final Reason reason;

    private Suppressed(Reason reason) {
        this.reason = reason;
    }

    /** The withheld value for {@code value}: {@link #SMALL_COUNT} when it is 1–4, otherwise {@link #PROTECTING}. */
    public static Suppressed of(BigDecimal value) {
        return Suppression.small(value) ? SMALL_COUNT : PROTECTING;
    }

    @Override
    @JsonProperty("suppressed")
    public boolean suppressed() {
        return true;
    }

    @JsonProperty("reason")
    public Reason reason() {
        return reason;
    }

    /** The Swedish text shown instead of the value: "färre än 5" or "dolt för att skydda små tal". */
    @JsonIgnore
    public String label() {
        return reason.label();
    }

    @Override
    @JsonIgnore
    public Optional<BigDecimal> number() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "suppressed (" + reason + ")";
    }
}
