package se.valdsprevention.core.situation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A published value that may be shown: zero, a count of five or more, or a value that is never suppressed. */
@JsonPropertyOrder({"value", "suppressed"})
public final class Shown implements ShownValue {

    private final BigDecimal value;

    Shown(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    @JsonProperty("value")
    public BigDecimal value() {
        return value;
    }

    @Override
    @JsonProperty("suppressed")
    public boolean suppressed() {
        return false;
    }

    @Override
    @JsonIgnore
    public Optional<BigDecimal> number() {
        return Optional.of(value);
    }

    /** Equal when the numbers are equal, whatever their scale: 13 equals 13.0. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Shown shown && value.compareTo(shown.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
