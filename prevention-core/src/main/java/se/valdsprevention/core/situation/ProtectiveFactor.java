package se.valdsprevention.core.situation;

/** A factor that protects against violence, on a socio-ecological level, and whether the municipality can influence it. */
public record ProtectiveFactor(SocioEcologicalLevel level, String description, boolean influenceable) {

    public ProtectiveFactor {
        Factors.check(level, description);
    }
}
