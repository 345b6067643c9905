package se.valdsprevention.web.charts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.situation.SituationPictureRevision;

/**
 * {@code /kommuner/{kod}/lagesbild/diagram/{kon|pyramid|trend}.svg}: the charts of a municipality's situation
 * picture (the running cycle's, or cycle {@code ?cykel=}'s) for those who may read it, as SVG images. Only the
 * publishable view is drawn. A picture not yet written gives the small "Inga uppgifter att visa" image.
 */
@Controller
class ChartsController {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml;charset=UTF-8");
    /** An image needs no scripts, fonts or fetches: only Batik's inline styles. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final WorkspaceUsers users;
    private final ChartPictures pictures;
    private final SituationCharts charts;

    ChartsController(WorkspaceUsers users, ChartPictures pictures, SituationCharts charts) {
        this.users = users;
        this.pictures = pictures;
        this.charts = charts;
    }

    @GetMapping("/kommuner/{kod}/lagesbild/diagram/{chart}.svg")
    ResponseEntity<String> chart(
            @PathVariable("kod") String code,
            @PathVariable("chart") String chart,
            @RequestParam(name = "cykel", required = false) String cycle) {
        users.current().requireRead(code);
        String cycleId = cycle == null || cycle.isBlank() ? null : cycle.strip();
        String svg = switch (chart) {
            case "kon" -> charts.genderBars(picture(code, cycleId));
            case "pyramid" -> charts.pyramid(picture(code, cycleId));
            case "trend" -> charts.trend(pictures.trend(code, cycleId));
            default -> throw new PageNotFound("Det finns inget sådant diagram över lägesbilden.");
        };
        return ResponseEntity.ok()
                .contentType(SVG)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .body(svg);
    }

    private PublishedSituationPicture picture(String code, String cycleId) {
        return pictures.current(code, cycleId)
                .map(SituationPictureRevision::picture)
                .map(pictures::published)
                .orElse(null);
    }
}
