package se.valdsprevention.core.situation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value as it may be published: either {@link Shown} with its number or {@link Suppressed} without it. In JSON
 * {@code {"value":13,"suppressed":false}} or {@code {"suppressed":true}}. Only {@link Suppression} creates shown
 * values, so published output cannot carry a small count by mistake.
 */
public sealed interface ShownValue permits Shown, Suppressed {

    @JsonProperty("suppressed")
    boolean suppressed();

    /** The number, when it is shown. */
    @JsonIgnore
    Optional<BigDecimal> number();
}
