package se.valdsprevention.web.situation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.cycle.DocumentSummaries;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Imported indicators (from Kolada or a statistics file) into the current cycle's situation picture: what an
 * import would change, and the import saved as a new revision. An imported indicator replaces the picture's
 * indicator with the same id and is added when there is none; every other part of the picture stays as it is.
 */
final class PictureImport {

    private final SituationPictures pictures;
    private final CurrentCycles cycles;
    private final TransactionTemplate transaction;

    PictureImport(SituationPictures pictures, CurrentCycles cycles, PlatformTransactionManager transactionManager) {
        this.pictures = pictures;
        this.cycles = cycles;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What an import does to one indicator of the picture. */
    enum Kind {
        NEW("läggs till"),
        CHANGED("ändras"),
        UNCHANGED("oförändrad");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * The change to one indicator, its values before (null when new) and after as they may be shown.
     *
     * @param before the published values now, or null for a new indicator
     */
    record Change(String id, String name, Kind kind, String before, String after) {

        public String label() {
            return kind.label();
        }
    }

    /** The changes {@code imported} would make to {@code current} (null when there is no picture yet). */
    static List<Change> changes(SituationPicture current, List<Indicator> imported, Population population) {
        Map<String, Indicator> now = new HashMap<>();
        Map<String, PublishedIndicator> shownNow = new HashMap<>();
        if (current != null) {
            current.indicators().forEach(i -> now.put(i.id(), i));
            current.publishable(population).indicators().forEach(i -> shownNow.put(i.id(), i));
        }
        List<Change> changes = new ArrayList<>();
        for (Indicator indicator : imported) {
            Indicator old = now.get(indicator.id());
            String after = values(PublishedIndicator.of(indicator, population));
            if (old == null) {
                changes.add(new Change(indicator.id(), indicator.name(), Kind.NEW, null, after));
            } else {
                String before = values(shownNow.get(indicator.id()));
                changes.add(new Change(
                        indicator.id(),
                        indicator.name(),
                        old.sameFigures(indicator) ? Kind.UNCHANGED : Kind.CHANGED,
                        before,
                        after));
            }
        }
        return changes;
    }

    /** The picture with the imported indicators in it: the same id replaced in place, new ones added last. */
    static SituationPicture merge(SituationPicture current, List<Indicator> imported) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        current.indicators().forEach(i -> byId.put(i.id(), i));
        imported.forEach(i -> byId.put(i.id(), i));
        return current.withIndicators(new ArrayList<>(byId.values()));
    }

    /** A new picture for an import into a cycle that has none yet: the year's period and the chosen violence types. */
    SituationPicture start(String code, CurrentCycle cycle, int year) {
        List<ViolenceType> types = cycles.chosenViolenceTypes(cycle.processInstanceId()).stream()
                .map(ViolenceType::valueOf)
                .toList();
        return SituationPicture.draft(code, ReportingPeriod.ofYear(year), types);
    }

    /**
     * Saves the picture as the cycle's next revision, if {@code baseRevision} is still the latest.
     *
     * @return the saved revision, or empty when someone saved a newer one first
     */
    Optional<SituationPictureRevision> save(
            CurrentCycle cycle, int baseRevision, SituationPicture picture, String author) {
        int latest = pictures.latest(cycle.cycleId())
                .map(SituationPictureRevision::revision)
                .orElse(0);
        if (latest != baseRevision) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(transaction.execute(status -> {
                SituationPictureRevision revision = pictures.save(cycle.cycleId(), picture, author, EngineClock.now());
                if (cycle.at(CurrentCycle.DESCRIBE)) {
                    cycles.setVariable(
                            cycle.processInstanceId(),
                            CycleVariables.SITUATION_PICTURE_SUMMARY,
                            DocumentSummaries.of(picture));
                }
                return revision;
            }));
        } catch (DuplicateKeyException concurrent) {
            return Optional.empty();
        }
    }

    private static String values(PublishedIndicator indicator) {
        if (indicator == null) {
            return null;
        }
        var v = indicator.values();
        return "kvinnor " + ShownText.of(v.women(), null) + ", män " + ShownText.of(v.men(), null) + ", totalt "
                + ShownText.of(v.total(), null);
    }
}
