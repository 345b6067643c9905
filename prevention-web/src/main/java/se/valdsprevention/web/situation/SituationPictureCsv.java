package se.valdsprevention.web.situation;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * {@code /kommuner/{kod}/lagesbild.csv}: the indicators of the newest revision of the current cycle's situation
 * picture ({@code ?cykel=} an earlier cycle's) as a CSV file for Excel, for everyone who may read the page. Only
 * the publishable view is written: suppressed counts as their Swedish text.
 */
@Controller
class SituationPictureCsv {

    static final MediaType CSV = MediaType.valueOf("text/csv;charset=UTF-8");

    private static final int MAX_CYCLE_ID = 64;

    private final WorkspaceUsers users;
    private final SituationPictures pictures;
    private final CurrentCycles cycles;
    private final MunicipalityPopulations populations;

    SituationPictureCsv(
            WorkspaceUsers users,
            SituationPictures pictures,
            CurrentCycles cycles,
            MunicipalityPopulations populations) {
        this.populations = populations;
        this.users = users;
        this.pictures = pictures;
        this.cycles = cycles;
    }

    @GetMapping("/kommuner/{kod}/lagesbild.csv")
    ResponseEntity<byte[]> download(
            @PathVariable("kod") String code, @RequestParam(name = "cykel", required = false) String cycleParam) {
        users.current().requireRead(code);
        PublishedSituationPicture picture = revision(code, cycleParam)
                .orElseThrow(() -> new PageNotFound("Det finns ingen sparad lägesbild att ladda ner för cykeln."))
                .picture()
                .publishable(populations.of(code));
        byte[] file = PictureCsv.write(picture);
        return ResponseEntity.ok()
                .contentType(CSV)
                .contentLength(file.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(PictureCsv.fileName(picture))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file);
    }

    /** The newest revision of cycle {@code cycleParam} of the municipality, else of its running cycle. */
    private Optional<SituationPictureRevision> revision(String code, String cycleParam) {
        if (cycleParam != null && !cycleParam.isBlank()) {
            String cycleId = cycleParam.strip();
            if (cycleId.length() > MAX_CYCLE_ID) {
                return Optional.empty();
            }
            return pictures.latest(cycleId).filter(revision -> code.equals(revision.municipalityCode()));
        }
        CurrentCycle current = cycles.of(code)
                .orElseThrow(() -> new PageNotFound(
                        "Ingen cykel pågår i kommunen, så det finns ingen lägesbild att ladda ner. En tidigare"
                                + " cykels lägesbild laddas ner från dess sida."));
        return pictures.latest(current.cycleId());
    }
}
