package se.valdsprevention.workflows.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormLabelsTest {

    private final FormLabels labels = FormLabels.packaged();

    @Test
    void namesAFieldByItsLabelInTheForm() {
        assertThat(labels.label("map-collaboration", "arenas")).isEqualTo("Arenor där arbetet kan bedrivas");
        assertThat(labels.label("approve-decision", "verdictComment")).isEqualTo("Motivering eller kommentar");
    }

    @Test
    void namesADateFieldByItsDateLabel() {
        assertThat(labels.label("prepare-decision-proposal", "followUpDate")).isEqualTo("Datum för uppföljning");
    }

    @Test
    void addsTheGroupWhenTheSameLabelIsShownMoreThanOnce() {
        assertThat(labels.label("identify-factors", "risk_INDIVIDUAL")).isEqualTo("Riskfaktorer (Individ)");
        assertThat(labels.label("identify-factors", "protective_SOCIETY")).isEqualTo("Skyddsfaktorer (Samhälle)");
        assertThat(labels.label("identify-factors", "priorities"))
                .isEqualTo("Prioriterade problem, ett per rad, viktigast först");
    }

    @Test
    void fallsBackToTheKeyWithoutALabel() {
        assertThat(labels.label("identify-factors", "situationPicture")).isEqualTo("situationPicture");
        assertThat(labels.label("no-such-form", "arenas")).isEqualTo("arenas");
        assertThat(labels.of(null)).isEmpty();
    }

    @Test
    void aRefusalReadsAsOneSwedishSentencePerField() {
        var refusal = new InvalidSubmissionException(List.of(
                        new InvalidSubmissionException.Problem("risk_INDIVIDUAL", "ange minst en riskfaktor"),
                        new InvalidSubmissionException.Problem("unknownField", "måste fyllas i"),
                        new InvalidSubmissionException.Problem("situationPicture", "Lägesbilden är inte skriven än.")))
                .labelled(labels.of("identify-factors"));

        assertThat(refusal)
                .hasMessage("Riskfaktorer (Individ): ange minst en riskfaktor. unknownField: måste fyllas i."
                        + " Lägesbilden är inte skriven än.");
        assertThat(refusal.getProblems())
                .extracting(InvalidSubmissionException.Problem::field, InvalidSubmissionException.Problem::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("risk_INDIVIDUAL", "Riskfaktorer (Individ)"),
                        org.assertj.core.groups.Tuple.tuple("unknownField", null),
                        org.assertj.core.groups.Tuple.tuple("situationPicture", null));
    }
}
