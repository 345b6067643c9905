package se.valdsprevention.web.situation;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaException;
import se.valdsprevention.workflows.statistics.kolada.KoladaFetch;
import se.valdsprevention.workflows.statistics.kolada.KoladaFigures;
import se.valdsprevention.workflows.statistics.kolada.KoladaIndicators;
import se.valdsprevention.workflows.statistics.kolada.KoladaIndicators.Imported;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/**
 * {@code /kommuner/{kod}/lagesbild/kolada}: "Hämta från Kolada". The coordinator or the team fetch the county
 * template's key figures for their municipality, see a preview of five years (women, men, total, missing values
 * marked, Kolada's KPI id) and what saving the chosen year would change in the picture, and save only on
 * confirmation. The save fetches again and refuses when Kolada's numbers differ from the preview, so what is saved
 * is always what was shown and never anything the browser sent.
 */
@Controller
class KoladaImportPage {

    static final String VIEW = "prevention/situation/kolada";
    static final int YEARS_SHOWN = 5;
    static final int EARLIEST_YEAR = 1990;

    private final WorkspaceUsers users;
    private final MunicipalityNames names;
    private final MunicipalityPopulations populations;
    private final SwedishDates dates;
    private final SituationPictures pictures;
    private final CurrentCycles cycles;
    private final PictureImport imports;
    private final ObjectProvider<KoladaClient> client;
    private final ObjectProvider<KoladaProperties> properties;

    KoladaImportPage(
            WorkspaceUsers users,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SwedishDates dates,
            SituationPictures pictures,
            CurrentCycles cycles,
            PictureImport imports,
            ObjectProvider<KoladaClient> client,
            ObjectProvider<KoladaProperties> properties) {
        this.users = users;
        this.names = names;
        this.populations = populations;
        this.dates = dates;
        this.pictures = pictures;
        this.cycles = cycles;
        this.imports = imports;
        this.client = client;
        this.properties = properties;
    }

    /** One template key figure in the preview: its years' values as shown, and what saving it would do. */
    record PreviewRow(
            String kpi,
            String name,
            String unit,
            List<YearCells> years,
            boolean savable,
            String missing,
            PictureImport.Change change) {}

    /** One year's values of a key figure as shown: women, men, total; "saknas" where Kolada has none. */
    record YearCells(int year, String women, String men, String total) {}

    @GetMapping("/kommuner/{kod}/lagesbild/kolada")
    String show(@PathVariable("kod") String code, Model model, HttpServletResponse response) {
        WorkspaceUser user = users.current();
        Optional<CurrentCycle> cycle = editable(user, code);
        Optional<SituationPictureRevision> latest = cycle.flatMap(c -> pictures.latest(c.cycleId()));
        return page(model, code, cycle.orElse(null), latest.orElse(null), defaultYear(latest), null);
    }

    @PostMapping("/kommuner/{kod}/lagesbild/kolada")
    String post(
            @PathVariable("kod") String code,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "ar", required = false) String yearParam,
            @RequestParam(name = "baseRevision", required = false) String baseParam,
            @RequestParam(name = "digest", required = false) String digest,
            @RequestParam(name = "kpi", required = false) List<String> chosen,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser user = users.current();
        Optional<CurrentCycle> found = editable(user, code);
        Optional<SituationPictureRevision> latest = found.flatMap(c -> pictures.latest(c.cycleId()));
        if (found.isEmpty() || template().empty() || client.getIfAvailable() == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "Inget hämtades och inget sparades.");
            return page(model, code, found.orElse(null), latest.orElse(null), defaultYear(latest), null);
        }
        CurrentCycle cycle = found.get();
        Integer year = year(yearParam);
        if (year == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "error", "År: ange ett år mellan " + EARLIEST_YEAR + " och " + maxYear() + ". Inget hämtades.");
            return page(model, code, cycle, latest.orElse(null), defaultYear(latest), null);
        }
        boolean save = "save".equals(action);
        if (!save && !"preview".equals(action)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Okänd knapp. Välj Hämta från Kolada eller Spara i lägesbilden.");
            return page(model, code, cycle, latest.orElse(null), year, null);
        }
        Set<String> selected = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        if (save) {
            for (String kpi : selected) {
                if (template().find(kpi).isEmpty()) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    model.addAttribute(
                            "error",
                            "Nyckeltal: ”" + shorten(kpi) + "” finns inte i länets mall och kan inte hämtas här."
                                    + " Inget sparades.");
                    return page(model, code, cycle, latest.orElse(null), year, null);
                }
            }
        }
        Preview preview;
        try {
            preview = preview(
                    code, year, latest.map(SituationPictureRevision::picture).orElse(null));
        } catch (KoladaException unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("error", unavailable.getMessage() + " Inget sparades.");
            return page(model, code, cycle, latest.orElse(null), year, null);
        }
        int base = latest.map(SituationPictureRevision::revision).orElse(0);
        if (!save) {
            return page(model, code, cycle, latest.orElse(null), year, preview);
        }
        if (!Integer.toString(base).equals(baseParam)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "error",
                    "Någon annan har sparat lägesbilden sedan förhandsvisningen. Inget sparades. Kontrollera"
                            + " ändringarna nedan och spara igen.");
            return page(model, code, cycle, latest.orElse(null), year, preview);
        }
        if (!preview.digest().equals(digest)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "error",
                    "Koladas värden har ändrats sedan förhandsvisningen. Inget sparades. Kontrollera värdena nedan"
                            + " och spara igen.");
            return page(model, code, cycle, latest.orElse(null), year, preview);
        }
        List<Indicator> chosenIndicators = preview.imported().stream()
                .filter(Imported::present)
                .filter(i -> selected.contains(i.kpi().getId()))
                .map(Imported::indicator)
                .toList();
        if (chosenIndicators.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Nyckeltal: välj minst ett nyckeltal med värden att spara. Inget sparades.");
            return page(model, code, cycle, latest.orElse(null), year, preview);
        }
        SituationPicture current =
                latest.map(SituationPictureRevision::picture).orElseGet(() -> imports.start(code, cycle, year));
        SituationPicture merged;
        try {
            merged = PictureImport.merge(current, chosenIndicators);
        } catch (ValidationException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "error",
                    "Lägesbilden kunde inte ta emot indikatorerna: "
                            + refused.violations().get(0).message() + ". Inget sparades.");
            return page(model, code, cycle, latest.orElse(null), year, preview);
        }
        Optional<SituationPictureRevision> saved = imports.save(cycle, base, merged, user.id());
        if (saved.isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute(
                    "error",
                    "Någon annan sparade lägesbilden samtidigt. Inget sparades. Kontrollera ändringarna nedan och"
                            + " spara igen.");
            Optional<SituationPictureRevision> newer = pictures.latest(cycle.cycleId());
            return page(model, code, cycle, newer.orElse(null), year, preview);
        }
        return "redirect:/kommuner/" + code + "/lagesbild?sparad=" + saved.get().revision();
    }

    /** What Kolada has for the municipality in the five years up to {@code year}, and what saving would change. */
    record Preview(
            int year,
            List<Integer> years,
            List<PreviewRow> rows,
            List<Imported> imported,
            String retrievedAt,
            int requests,
            String digest) {}

    private Preview preview(String code, int year, SituationPicture current) {
        KoladaIndicators template = template();
        List<Integer> years =
                IntStream.rangeClosed(year - YEARS_SHOWN + 1, year).boxed().toList();
        Instant at = EngineClock.now();
        KoladaFetch fetch = client.getObject().fetch(template.kpisToFetch(), List.of(code), years);
        KoladaFigures figures = new KoladaFigures(fetch, code);
        Population population = populations.of(code);
        List<Imported> imported = new ArrayList<>();
        for (IndicatorProperties kpi : template.template()) {
            imported.add(template.indicator(kpi, figures, year, at));
        }
        List<Indicator> present = imported.stream()
                .filter(Imported::present)
                .map(Imported::indicator)
                .toList();
        List<PictureImport.Change> changes = PictureImport.changes(current, present, population);
        List<PreviewRow> rows = new ArrayList<>();
        for (Imported chosenYear : imported) {
            IndicatorProperties kpi = chosenYear.kpi();
            List<YearCells> cells = new ArrayList<>();
            for (int y : years) {
                Imported one = y == year ? chosenYear : template.indicator(kpi, figures, y, at);
                cells.add(cells(y, one, population));
            }
            PictureImport.Change change = chosenYear.present()
                    ? changes.stream()
                            .filter(c -> c.id().equals(chosenYear.indicator().id()))
                            .findFirst()
                            .orElse(null)
                    : null;
            rows.add(new PreviewRow(
                    kpi.getId(),
                    kpi.getName(),
                    kpi.getUnit().label(),
                    cells,
                    chosenYear.present(),
                    chosenYear.missing(),
                    change));
        }
        return new Preview(year, years, rows, imported, dates.dateTime(at), fetch.requests(), digest(imported));
    }

    private static YearCells cells(int year, Imported imported, Population population) {
        if (!imported.present()) {
            return new YearCells(year, "saknas", "saknas", "saknas");
        }
        Indicator indicator = imported.indicator();
        var shown = PublishedIndicator.of(indicator, population).values();
        return new YearCells(
                year,
                indicator.women() == null
                        ? "saknas"
                        : ShownText.of(shown.women(), null).text(),
                indicator.men() == null
                        ? "saknas"
                        : ShownText.of(shown.men(), null).text(),
                indicator.total() == null
                        ? "saknas"
                        : ShownText.of(shown.total(), null).text());
    }

    /** A fingerprint of the figures a save would store, so that the save can tell whether Kolada changed them. */
    static String digest(List<Imported> imported) {
        StringBuilder text = new StringBuilder();
        for (Imported one : imported) {
            text.append(one.kpi().getId()).append(':');
            if (one.present()) {
                Indicator i = one.indicator();
                text.append(plain(i.women()))
                        .append('/')
                        .append(plain(i.men()))
                        .append('/')
                        .append(plain(i.total()))
                        .append('/')
                        .append(i.population());
            }
            text.append(';');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * The cycle whose picture the user may import into now: empty when the cycle is not at "Sammanställ
     * lägesbilden". Refuses users who may only read (403) and those outside the municipality (404).
     */
    private Optional<CurrentCycle> editable(WorkspaceUser user, String code) {
        user.requireRead(code);
        if (!user.mayEdit(code)) {
            throw new PageForbidden("Du kan läsa lägesbilden men inte hämta siffror till den. Samordnaren och"
                    + " kommunteamet skriver lägesbilden.");
        }
        return cycles.of(code).filter(c -> c.at(CurrentCycle.DESCRIBE));
    }

    private String page(
            Model model, String code, CurrentCycle cycle, SituationPictureRevision latest, int year, Preview preview) {
        KoladaIndicators template = template();
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("cycleLabel", cycle == null ? "Ingen cykel pågår" : cycle.label());
        model.addAttribute("template", template.template());
        model.addAttribute("enabled", client.getIfAvailable() != null);
        model.addAttribute(
                "unavailableReason",
                client.getIfAvailable() == null
                        ? "Hämtning från Kolada är avstängd i den här installationen."
                        : template.empty()
                                ? "Länet har inga nyckeltal från Kolada i sin mall ännu. Länsstyrelsen lägger till"
                                        + " dem i inställningarna."
                                : cycle == null
                                        ? "Siffror från Kolada kan bara hämtas till lägesbilden medan uppgiften"
                                                + " ”Sammanställ lägesbilden” är öppen."
                                        : null);
        model.addAttribute("year", year);
        model.addAttribute(
                "yearChoices",
                IntStream.rangeClosed(EARLIEST_YEAR, maxYear())
                        .boxed()
                        .sorted((a, b) -> b - a)
                        .limit(15)
                        .toList());
        model.addAttribute("baseRevision", latest == null ? 0 : latest.revision());
        model.addAttribute("newPicture", latest == null);
        model.addAttribute("preview", preview);
        model.addAttribute("source", KoladaClient.SOURCE);
        return VIEW;
    }

    private KoladaIndicators template() {
        KoladaProperties kolada = properties.getIfAvailable();
        return kolada == null ? new KoladaIndicators(List.of(), null) : new KoladaIndicators(kolada);
    }

    /** The year Kolada most likely has: last year, or the end of the picture's period when that is earlier. */
    private int defaultYear(Optional<SituationPictureRevision> latest) {
        int last = lastYear();
        return latest.map(r -> Math.min(last, r.picture().period().end().getYear()))
                .orElse(last);
    }

    private int lastYear() {
        return maxYear() - 1;
    }

    /** This year: Kolada seldom has it yet, but a user may look. */
    private int maxYear() {
        return dates.today().getYear();
    }

    private Integer year(String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(value.strip());
        return year < EARLIEST_YEAR || year > maxYear() ? null : year;
    }

    private static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
    }
}
