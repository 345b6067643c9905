package se.valdsprevention.web.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Which situation pictures a municipality's charts show. The caller has checked that the user may read the
 * municipality; the running cycle is found as the engine shows it to that user (as on the start page).
 */
class ChartPictures {

    static final String CYCLE_PROCESS = "iavpCycle";
    /** At most this many cycles in a trend: the newest ones. */
    static final int MAX_TREND_CYCLES = 12;

    private static final int MAX_CYCLE_ID = 100;

    private final RuntimeService runtimeService;
    private final SituationPictures pictures;
    private final MunicipalityPopulations populations;

    ChartPictures(RuntimeService runtimeService, SituationPictures pictures, MunicipalityPopulations populations) {
        this.runtimeService = runtimeService;
        this.pictures = pictures;
        this.populations = populations;
    }

    /**
     * The picture to chart: the newest revision of cycle {@code cycleId} when it is given (nothing when that
     * cycle is another municipality's), else of the municipality's running cycle, else (no cycle runs) its newest
     * agreed picture.
     */
    Optional<SituationPictureRevision> current(String municipalityCode, String cycleId) {
        if (cycleId != null) {
            if (cycleId.length() > MAX_CYCLE_ID) {
                return Optional.empty();
            }
            return pictures.latest(cycleId).filter(revision -> municipalityCode.equals(revision.municipalityCode()));
        }
        Optional<ProcessInstance> running = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CYCLE_PROCESS)
                .tenantIdIn(municipalityCode)
                .active()
                .orderByProcessInstanceId()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst();
        if (running.isEmpty()) {
            return pictures.latestAgreed(municipalityCode);
        }
        Object turn = runtimeService.getVariable(running.get().getId(), CycleVariables.CYCLE_ID);
        return turn == null ? Optional.empty() : pictures.latest(turn.toString());
    }

    /**
     * The points of the trend up to the current picture (see {@link #current}): the agreed pictures of the
     * municipality's earlier cycles whose periods end before the current one starts, then the current picture;
     * oldest first, labelled with their periods.
     */
    List<CycleFigures> trend(String municipalityCode, String cycleId) {
        Optional<SituationPictureRevision> current = current(municipalityCode, cycleId);
        List<SituationPictureRevision> points = new ArrayList<>();
        for (SituationPictureRevision agreed : pictures.agreedPerCycle(municipalityCode)) {
            boolean earlier = current.isEmpty()
                    || (!agreed.cycleId().equals(current.get().cycleId())
                            && agreed.picture()
                                    .period()
                                    .precedes(current.get().picture().period()));
            if (earlier) {
                points.add(agreed);
            }
        }
        current.ifPresent(points::add);
        points.sort(Comparator.comparing(revision -> revision.picture().period().start()));
        return points.subList(Math.max(0, points.size() - MAX_TREND_CYCLES), points.size()).stream()
                .map(revision -> new CycleFigures(
                        SituationCharts.period(revision.picture().period()), published(revision.picture())))
                .toList();
    }

    /** The picture as it may be drawn: suppressed against its municipality's population. */
    PublishedSituationPicture published(SituationPicture picture) {
        return picture.publishable(populations.of(picture.areaCode()));
    }
}
