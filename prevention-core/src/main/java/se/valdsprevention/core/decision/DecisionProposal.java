package se.valdsprevention.core.decision;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/**
 * What a decision asks for: who proposes it, which role decides, the mandate and resources asked, when the
 * decision is to be followed up, and links (http or https) to supporting documents.
 *
 * @param deciderRole who decides (for example kommunchef or kommunstyrelsen); empty until the proposal has been
 *     routed, see {@link #routedTo(String)}
 */
public record DecisionProposal(
        String id,
        DecisionType type,
        String municipalityCode,
        String proposer,
        String deciderRole,
        String title,
        String description,
        String mandate,
        Resources resources,
        LocalDate followUpDate,
        List<String> supportingDocuments) {

    public DecisionProposal {
        mandate = Violations.blankToNull(mandate);
        deciderRole = Violations.blankToNull(deciderRole);
        var v = new Violations();
        v.requireId(id, "id");
        v.requireNonNull(type, "type");
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        v.requireText(proposer, "proposer", Violations.NAME_MAX);
        v.optionalText(deciderRole, "deciderRole", Violations.NAME_MAX);
        v.requireText(title, "title", Violations.NAME_MAX);
        v.requireText(description, "description", Violations.TEXT_MAX);
        v.optionalText(mandate, "mandate", Violations.TEXT_MAX);
        if (type == DecisionType.PARTICIPATION_MANDATE) {
            v.require(mandate != null, "mandate", "måste beskriva mandatet för ett beslut om mandat att delta");
        }
        v.requireNonNull(resources, "resources");
        v.requireNonNull(followUpDate, "followUpDate");
        supportingDocuments = v.list(supportingDocuments, "supportingDocuments");
        for (int i = 0; i < supportingDocuments.size(); i++) {
            v.require(
                    isWebLink(supportingDocuments.get(i)),
                    Violations.index("supportingDocuments", i),
                    "måste vara en webbadress som börjar med http:// eller https://");
        }
        v.throwIfAny();
    }

    /** The same proposal, routed to the role that decides it. */
    public DecisionProposal routedTo(String role) {
        return new DecisionProposal(
                id,
                type,
                municipalityCode,
                proposer,
                role,
                title,
                description,
                mandate,
                resources,
                followUpDate,
                supportingDocuments);
    }

    /** Whether it is known who decides. */
    public boolean hasDecider() {
        return deciderRole != null;
    }

    /**
     * Checks what only holds when the proposal is made: the follow-up date must not be in the past.
     *
     * @throws se.valdsprevention.core.validation.ValidationException when it is
     */
    void checkOn(LocalDate today) {
        var v = new Violations();
        v.require(
                !followUpDate.isBefore(today),
                "followUpDate",
                "får inte ligga i det förflutna (i dag är det " + today + ")");
        v.throwIfAny();
    }

    private static boolean isWebLink(String link) {
        if (link.length() > 2_000) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
