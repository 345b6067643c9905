package se.valdsprevention.web.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.statistics.CountyFetch;
import se.valdsprevention.workflows.statistics.FetchRefused;
import se.valdsprevention.workflows.statistics.FetchRun;
import se.valdsprevention.workflows.statistics.FetchRuns;
import se.valdsprevention.workflows.statistics.KoladaValues;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;

/**
 * {@code /lan/statistik}: the county officer fetches the template's indicators from Kolada for every municipality at
 * once, follows the fetch's progress, and sees per municipality and indicator the newest year's values and what is
 * lacking. Everyone but county officers and administrators is refused with 403.
 */
@Controller
class CountyStatisticsPage {

    static final String VIEW = "prevention/statistics/lan";

    private final CountyFetch fetch;
    private final FetchRuns runs;
    private final KoladaValues values;
    private final KoladaProperties kolada;
    private final CountyProperties county;
    private final WorkspaceUsers users;
    private final SwedishDates dates;

    CountyStatisticsPage(
            CountyFetch fetch,
            FetchRuns runs,
            KoladaValues values,
            KoladaProperties kolada,
            CountyProperties county,
            WorkspaceUsers users,
            SwedishDates dates) {
        this.fetch = fetch;
        this.runs = runs;
        this.values = values;
        this.kolada = kolada;
        this.county = county;
        this.users = users;
        this.dates = dates;
    }

    @GetMapping("/lan/statistik")
    String page(Model model) {
        officer();
        return page(model, null);
    }

    /** The progress alone, for htmx to poll; once the fetch has ended it asks htmx to reload the whole page. */
    @GetMapping("/lan/statistik/forlopp")
    String progress(
            Model model,
            HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        officer();
        Optional<RunView> run = latestRun();
        if (htmx != null && run.map(r -> !r.running()).orElse(true)) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run.orElse(null));
        return VIEW + " :: forlopp";
    }

    @PostMapping("/lan/statistik/hamta")
    String start(Model model, HttpServletResponse response) {
        WorkspaceUser me = officer();
        try {
            fetch.start(me.id());
            return "redirect:/lan/statistik";
        } catch (FetchRefused refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, refused.getMessage());
        }
    }

    private String page(Model model, String refusal) {
        List<String> kpis = kolada.kpiIds();
        List<Integer> years = fetch.years();
        int year = values.newestYearWithNumber(kpis)
                .or(() -> values.newestYearFetched(kpis))
                .orElse(years.get(years.size() - 1));
        model.addAttribute("hasTemplate", fetch.hasTemplate());
        model.addAttribute("matrix", CountyMatrix.of(year, kolada.getIndicators(), county, values.ofYear(kpis, year)));
        model.addAttribute("run", latestRun().orElse(null));
        model.addAttribute("years", years.get(0) + "–" + years.get(years.size() - 1));
        model.addAttribute("refusal", refusal);
        model.addAttribute("source", KoladaClient.SOURCE);
        return VIEW;
    }

    private Optional<RunView> latestRun() {
        return runs.latest().map(this::view);
    }

    private RunView view(FetchRun run) {
        return RunView.of(run, users.load(run.startedBy()).displayName(), dates);
    }

    private WorkspaceUser officer() {
        WorkspaceUser me = users.current();
        if (!me.mayFetchCountyStatistics()) {
            throw new PageForbidden("Statistiken för hela länet är till för länsstyrelsen. Din kommuns"
                    + " statistik finns i kommunens lägesbild.");
        }
        return me;
    }
}
