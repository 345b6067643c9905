package se.valdsprevention.web.countypicture;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;

/**
 * {@code /lan/lagesbild}: Länets lägesbild, the county's own situation picture of a period ({@code ?period=2025} or
 * {@code ?period=2025-01-01--2025-06-30}) for the municipalities the county officer follows, one table per level of
 * the violence pyramid, and its chart of women and men ({@code /lan/lagesbild/diagram/kon.svg}). A period that is
 * not one is answered with 400, a Swedish message and the default period's picture. Everyone but county officers
 * and administrators is refused with 403, as on {@code /lan}.
 */
@Controller
class CountyPicturePage {

    static final String VIEW = "prevention/countypicture/lagesbild";
    static final MediaType SVG = MediaType.valueOf("image/svg+xml;charset=UTF-8");
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final CountyPictures pictures;
    private final CountyProperties county;
    private final WorkspaceUsers users;

    CountyPicturePage(CountyPictures pictures, CountyProperties county, WorkspaceUsers users) {
        this.pictures = pictures;
        this.county = county;
        this.users = users;
    }

    /** A period the user can choose. */
    record PeriodOption(String value, String label, boolean selected) {}

    @GetMapping("/lan/lagesbild")
    String page(
            @RequestParam(name = PeriodParameter.NAME, required = false) String period,
            Model model,
            HttpServletResponse response) {
        List<String> codes = codes(officer());
        List<String> problems = new ArrayList<>();
        ReportingPeriod chosen = null;
        if (period != null && !period.isBlank()) {
            try {
                chosen = PeriodParameter.parse(period);
            } catch (IllegalArgumentException refused) {
                problems.add(refused.getMessage());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        ReportingPeriod shown = chosen != null ? chosen : pictures.defaultPeriod(codes);
        List<ReportingPeriod> periods = new ArrayList<>(pictures.periods(codes));
        if (!periods.contains(shown)) {
            periods.add(0, shown);
        }
        model.addAttribute("problems", problems);
        model.addAttribute(
                "periods",
                periods.stream()
                        .map(p ->
                                new PeriodOption(PeriodParameter.format(p), PeriodParameter.label(p), p.equals(shown)))
                        .toList());
        model.addAttribute("picture", pictures.view(codes, shown));
        return VIEW;
    }

    @GetMapping("/lan/lagesbild/diagram/kon.svg")
    ResponseEntity<String> genderChart(@RequestParam(name = PeriodParameter.NAME, required = false) String period) {
        List<String> codes = codes(officer());
        ReportingPeriod shown;
        try {
            shown = period == null || period.isBlank() ? pictures.defaultPeriod(codes) : PeriodParameter.parse(period);
        } catch (IllegalArgumentException refused) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.valueOf("text/plain;charset=UTF-8"))
                    .body(refused.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(SVG)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .body(pictures.genderChart(codes, shown));
    }

    private List<String> codes(WorkspaceUser me) {
        return county.municipalityCodes().stream().filter(me::mayRead).toList();
    }

    private WorkspaceUser officer() {
        WorkspaceUser me = users.current();
        if (!me.mayFollowCounty()) {
            throw new PageForbidden("Länets lägesbild är till för länsstyrelsen. Din kommuns lägesbild finns under"
                    + " Mina kommuner.");
        }
        return me;
    }
}
