package se.valdsprevention.workflows.situation;

import java.time.Instant;
import se.valdsprevention.core.situation.SituationPicture;

/**
 * One saved state of a cycle's situation picture, with raw figures: show it outside the team only through
 * {@code picture().publishable()}.
 *
 * @param cycleId the process instance id of the IAVP cycle
 */
public record SituationPictureRevision(
        String cycleId,
        String municipalityCode,
        int revision,
        SituationPicture picture,
        String author,
        Instant recordedAt) {}
