package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.ProtectiveFactor;
import se.valdsprevention.core.situation.RiskFactor;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.validation.Violations;

/**
 * The newest situation picture of a municipality: whether the team agreed it (and when), whether it has a
 * gender-equality analysis, how many of its person-based indicators have values for both women and men, and its
 * risk and protective factors: how many, how many the municipality can influence and on which socio-ecological
 * levels.
 */
public record PictureFacts(
        PictureStatus status,
        LocalDate agreedOn,
        boolean genderEqualityAnalysis,
        int personBasedIndicators,
        int genderSplitIndicators,
        int riskFactors,
        int protectiveFactors,
        int influenceableFactors,
        Set<SocioEcologicalLevel> factorLevels) {

    public PictureFacts {
        var v = new Violations();
        if (v.requireNonNull(status, "status")) {
            if (status == PictureStatus.AGREED) {
                v.requireNonNull(agreedOn, "agreedOn");
            } else {
                v.require(agreedOn == null, "agreedOn", "måste vara tomt så länge lägesbilden är " + status.label());
            }
        }
        v.requireNonNegative(personBasedIndicators, "personBasedIndicators");
        v.requireNonNegative(genderSplitIndicators, "genderSplitIndicators");
        v.require(
                genderSplitIndicators <= personBasedIndicators,
                "genderSplitIndicators",
                "får inte vara fler än de personbaserade indikatorerna (" + personBasedIndicators + ")");
        v.requireNonNegative(riskFactors, "riskFactors");
        v.requireNonNegative(protectiveFactors, "protectiveFactors");
        v.requireNonNegative(influenceableFactors, "influenceableFactors");
        int factors = riskFactors + protectiveFactors;
        v.require(
                influenceableFactors <= factors,
                "influenceableFactors",
                "får inte vara fler än risk- och skyddsfaktorerna tillsammans (" + factors + ")");
        if (factorLevels == null || factorLevels.stream().anyMatch(Objects::isNull)) {
            v.add("factorLevels", "måste fyllas i utan tomma värden");
        } else {
            v.require(
                    factorLevels.size() <= factors,
                    "factorLevels",
                    "kan inte vara fler (" + factorLevels.size() + ") än faktorerna (" + factors + ")");
            v.require(
                    factors == 0 || !factorLevels.isEmpty(),
                    "factorLevels",
                    "måste ange nivåerna för de " + factors + " faktorerna");
        }
        v.throwIfAny();
        var levels = EnumSet.noneOf(SocioEcologicalLevel.class);
        levels.addAll(factorLevels);
        factorLevels = Collections.unmodifiableSet(levels);
    }

    public static PictureFacts of(SituationPicture picture) {
        var personBased =
                picture.indicators().stream().filter(Indicator::personBased).toList();
        var levels = EnumSet.noneOf(SocioEcologicalLevel.class);
        picture.riskFactors().stream().map(RiskFactor::level).forEach(levels::add);
        picture.protectiveFactors().stream().map(ProtectiveFactor::level).forEach(levels::add);
        int influenceable = (int) Stream.concat(
                        picture.riskFactors().stream().map(RiskFactor::influenceable),
                        picture.protectiveFactors().stream().map(ProtectiveFactor::influenceable))
                .filter(Boolean::booleanValue)
                .count();
        return new PictureFacts(
                picture.status(),
                picture.agreedOn(),
                picture.genderEqualityAnalysis() != null,
                personBased.size(),
                (int) personBased.stream().filter(Indicator::hasGenderSplit).count(),
                picture.riskFactors().size(),
                picture.protectiveFactors().size(),
                influenceable,
                levels);
    }

    public boolean agreed() {
        return status == PictureStatus.AGREED;
    }
}
