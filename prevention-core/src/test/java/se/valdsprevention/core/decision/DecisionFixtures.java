package se.valdsprevention.core.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.CountyFixtures;

/** A valid proposal for Norsjö's participation mandate, made on {@link #TODAY}, and a builder to vary it. */
public final class DecisionFixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    private DecisionFixtures() {}

    public static ProposalBuilder proposal() {
        return new ProposalBuilder();
    }

    public static Decision proposed() {
        return Decision.propose(proposal().build(), TODAY);
    }

    public static Decision approved() {
        return proposed().approve("Karin Sjöberg", TODAY.plusDays(10));
    }

    public static FollowUpOutcome outcome() {
        return new FollowUpOutcome(
                LocalDate.of(2025, 12, 1),
                "Samordnaren deltog i alla månadsavstämningar.",
                new Resources(new BigDecimal("38000"), new BigDecimal("150")),
                "Teamet har tagit fram en lägesbild.");
    }

    public static final class ProposalBuilder {
        private String id = "ks-2025-12";
        private DecisionType type = DecisionType.PARTICIPATION_MANDATE;
        private String municipalityCode = CountyFixtures.NORSJO;
        private String proposer = "Anna Lind";
        private String deciderRole = "Kommunstyrelsen";
        private String title = "Mandat för kommunteamet";
        private String description = "Kommunteamet får mandat att arbeta enligt Inget att vänta på 2025–2027.";
        private String mandate = "Teamets medlemmar avsätter fyra timmar i månaden.";
        private Resources resources = new Resources(new BigDecimal("40000"), new BigDecimal("160"));
        private LocalDate followUpDate = LocalDate.of(2025, 12, 1);
        private List<String> supportingDocuments = List.of("https://www.norsjo.se/dokument/iavp-underlag.pdf");

        public ProposalBuilder id(String id) {
            this.id = id;
            return this;
        }

        public ProposalBuilder type(DecisionType type) {
            this.type = type;
            return this;
        }

        public ProposalBuilder deciderRole(String deciderRole) {
            this.deciderRole = deciderRole;
            return this;
        }

        public ProposalBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ProposalBuilder mandate(String mandate) {
            this.mandate = mandate;
            return this;
        }

        public ProposalBuilder followUpDate(LocalDate followUpDate) {
            this.followUpDate = followUpDate;
            return this;
        }

        public ProposalBuilder supportingDocuments(List<String> supportingDocuments) {
            this.supportingDocuments = supportingDocuments;
            return this;
        }

        public DecisionProposal build() {
            return new DecisionProposal(
                    id,
                    type,
                    municipalityCode,
                    proposer,
                    deciderRole,
                    title,
                    description,
                    mandate,
                    resources,
                    followUpDate,
                    supportingDocuments);
        }
    }
}
