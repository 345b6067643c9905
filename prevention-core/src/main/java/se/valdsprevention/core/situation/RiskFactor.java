package se.valdsprevention.core.situation;

/** A factor that raises the risk of violence, on a socio-ecological level, and whether the municipality can influence it. */
public record RiskFactor(SocioEcologicalLevel level, String description, boolean influenceable) {

    public RiskFactor {
        Factors.check(level, description);
    }
}
