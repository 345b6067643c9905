package se.valdsprevention.web.situation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violations;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.statistics.csv.ColumnMapping;
import se.valdsprevention.workflows.statistics.csv.CsvError;
import se.valdsprevention.workflows.statistics.csv.CsvFileRejected;
import se.valdsprevention.workflows.statistics.csv.CsvMappings;
import se.valdsprevention.workflows.statistics.csv.CsvRow;
import se.valdsprevention.workflows.statistics.csv.CsvTable;
import se.valdsprevention.workflows.statistics.csv.Field;
import se.valdsprevention.workflows.statistics.csv.MappedRows;
import se.valdsprevention.workflows.statistics.csv.StatisticsCsvReader;
import se.valdsprevention.workflows.statistics.csv.StatisticsUploads;
import se.valdsprevention.workflows.statistics.csv.StatisticsUploads.Upload;
import se.valdsprevention.workflows.statistics.csv.Years;

/**
 * {@code /kommuner/{kod}/lagesbild/fil}: a local statistics file (the police's local picture, a school survey, SCB
 * or Brå tables saved from Excel) into the situation picture. The user uploads the file, maps its columns
 * (indicator, period, women, men, total, source; the mapping is offered again for the next file of the same layout),
 * says for each indicator its unit, whether it counts persons and its level of the violence pyramid, chooses the
 * period to store, and sees every row error by line and column. Nothing is stored in the picture until the preview
 * is free of errors and the user confirms; the file itself waits in the database between the steps.
 */
@Controller
class StatisticsFilePage {

    static final String UPLOAD_VIEW = "prevention/situation/fil";
    static final String PREVIEW_VIEW = "prevention/situation/fil-forhandsvisning";
    /** Errors listed on the page at most; the rest are counted. */
    static final int ERRORS_SHOWN = 50;
    /** Rows of the chosen period shown in the preview at most. */
    static final int ROWS_SHOWN = 200;

    static final String ID_PREFIX = "fil-";
    static final String SAVED_MEANWHILE = "Någon annan har sparat lägesbilden sedan förhandsvisningen. Inget"
            + " sparades. Kontrollera ändringarna nedan och spara igen.";

    private final WorkspaceUsers users;
    private final MunicipalityNames names;
    private final MunicipalityPopulations populations;
    private final SituationPictures pictures;
    private final CurrentCycles cycles;
    private final PictureImport imports;
    private final StatisticsUploads uploads;
    private final CsvMappings mappings;

    StatisticsFilePage(
            WorkspaceUsers users,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SituationPictures pictures,
            CurrentCycles cycles,
            PictureImport imports,
            StatisticsUploads uploads,
            CsvMappings mappings) {
        this.users = users;
        this.names = names;
        this.populations = populations;
        this.pictures = pictures;
        this.cycles = cycles;
        this.imports = imports;
        this.uploads = uploads;
        this.mappings = mappings;
    }

    @GetMapping("/kommuner/{kod}/lagesbild/fil")
    String uploadForm(@PathVariable("kod") String code, Model model) {
        Optional<CurrentCycle> cycle = editable(users.current(), code);
        return uploadPage(model, code, cycle.orElse(null), null);
    }

    @PostMapping("/kommuner/{kod}/lagesbild/fil")
    String upload(
            @PathVariable("kod") String code,
            @RequestParam(name = "fil", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser user = users.current();
        Optional<CurrentCycle> cycle = editable(user, code);
        if (cycle.isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return uploadPage(model, code, null, "Inget laddades upp.");
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return uploadPage(model, code, cycle.get(), "Fil: välj en CSV-fil att ladda upp.");
        }
        if (file.getSize() > StatisticsCsvReader.MAX_BYTES) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return uploadPage(
                    model,
                    code,
                    cycle.get(),
                    "Fil: filen är " + (file.getSize() / 1024) + " KiB; högst 1 024 KiB (1 MiB) kan läsas. Dela upp"
                            + " tabellen i flera filer.");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return uploadPage(model, code, cycle.get(), "Fil: filen kunde inte läsas. Ladda upp den igen.");
        }
        try {
            StatisticsCsvReader.read(content, file.getOriginalFilename());
        } catch (CsvFileRejected rejected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return uploadPage(model, code, cycle.get(), "Fil: " + rejected.getMessage());
        }
        String id = uploads.store(code, user.id(), file.getOriginalFilename(), content, EngineClock.now());
        return "redirect:/kommuner/" + code + "/lagesbild/fil/" + id;
    }

    @GetMapping("/kommuner/{kod}/lagesbild/fil/{id}")
    String preview(@PathVariable("kod") String code, @PathVariable("id") String id, Model model) {
        WorkspaceUser user = users.current();
        CurrentCycle cycle = requireCycle(editable(user, code));
        Upload upload = upload(id, code, user);
        CsvTable table = StatisticsCsvReader.read(upload.content(), upload.fileName());
        SituationPicture current =
                latest(cycle).map(SituationPictureRevision::picture).orElse(null);
        ColumnMapping mapping = mappings.mappingFor(table);
        Choices choices = Choices.defaults(mapping, table, current);
        return previewPage(model, code, cycle, upload, table, current, choices, List.of());
    }

    @PostMapping("/kommuner/{kod}/lagesbild/fil/{id}")
    String confirm(
            @PathVariable("kod") String code,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser user = users.current();
        CurrentCycle cycle = requireCycle(editable(user, code));
        Upload upload = upload(id, code, user);
        CsvTable table = StatisticsCsvReader.read(upload.content(), upload.fileName());
        Step step = new Step(model, response, code, cycle, upload, table);
        Optional<SituationPictureRevision> latest = latest(cycle);
        SituationPicture current = latest.map(SituationPictureRevision::picture).orElse(null);
        List<String> problems = new ArrayList<>();
        ColumnMapping mapping = mapping(params, table, problems);
        if (mapping == null) {
            return step.show(
                    HttpStatus.BAD_REQUEST,
                    current,
                    Choices.defaults(mappings.mappingFor(table), table, current),
                    problems);
        }
        String action = params.getOrDefault("action", "");
        if (!action.equals("map") && !action.equals("save")) {
            problems.add("Okänd knapp. Välj Visa med de här kolumnerna eller Spara i lägesbilden.");
        }
        Choices choices = Choices.read(params, mapping, table, current, problems);
        if (!problems.isEmpty() || action.equals("map")) {
            return step.show(problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, current, choices, problems);
        }
        Built built = build(choices, upload, current);
        if (!built.errors().isEmpty()
                || !choices.rows().valid()
                || built.indicators().isEmpty()) {
            List<String> why = new ArrayList<>();
            if (!choices.rows().valid()) {
                why.add("Filen har fel (se nedan). Rätta dem i filen och ladda upp den igen, eller välj andra"
                        + " kolumner. Inget sparades.");
            } else if (built.indicators().isEmpty()) {
                why.add("Period: filen har inga rader för den valda perioden. Inget sparades.");
            }
            why.addAll(built.errors());
            return step.show(HttpStatus.BAD_REQUEST, current, choices, why);
        }
        int base = latest.map(SituationPictureRevision::revision).orElse(0);
        if (!Integer.toString(base).equals(params.get("baseRevision"))) {
            return step.show(HttpStatus.CONFLICT, current, choices, List.of(SAVED_MEANWHILE));
        }
        SituationPicture merged;
        try {
            SituationPicture into = current != null
                    ? current
                    : imports.start(code, cycle, choices.period().last());
            merged = PictureImport.merge(into, built.indicators());
        } catch (ValidationException refused) {
            return step.show(
                    HttpStatus.BAD_REQUEST,
                    current,
                    choices,
                    List.of("Lägesbilden kunde inte ta emot indikatorerna: "
                            + refused.violations().get(0).message() + ". Inget sparades."));
        }
        Optional<SituationPictureRevision> saved = imports.save(cycle, base, merged, user.id());
        if (saved.isEmpty()) {
            SituationPicture newer =
                    latest(cycle).map(SituationPictureRevision::picture).orElse(null);
            return step.show(HttpStatus.CONFLICT, newer, choices, List.of(SAVED_MEANWHILE));
        }
        if ("true".equals(params.get("saveMapping"))) {
            mappings.save(table.header(), mapping, user.id(), EngineClock.now());
        }
        uploads.delete(upload.id());
        return "redirect:/kommuner/" + code + "/lagesbild?sparad=" + saved.get().revision();
    }

    /** One request's preview step: what every answer to it shows again. */
    private final class Step {

        private final Model model;
        private final HttpServletResponse response;
        private final String code;
        private final CurrentCycle cycle;
        private final Upload upload;
        private final CsvTable table;

        Step(
                Model model,
                HttpServletResponse response,
                String code,
                CurrentCycle cycle,
                Upload upload,
                CsvTable table) {
            this.model = model;
            this.response = response;
            this.code = code;
            this.cycle = cycle;
            this.upload = upload;
            this.table = table;
        }

        String show(HttpStatus status, SituationPicture current, Choices choices, List<String> problems) {
            response.setStatus(status.value());
            return previewPage(model, code, cycle, upload, table, current, choices, problems);
        }
    }

    /** The mapping the form chose: each field a column of the file or none, no column twice. */
    private static ColumnMapping mapping(Map<String, String> params, CsvTable table, List<String> problems) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Integer, Field> taken = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            String value = params.get("col_" + field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            int column;
            try {
                column = Integer.parseInt(value.strip());
            } catch (NumberFormatException notANumber) {
                problems.add("Kolumn för " + field.label() + ": välj en av filens kolumner.");
                continue;
            }
            if (column < 0 || column >= table.header().size()) {
                problems.add("Kolumn för " + field.label() + ": filen har ingen sådan kolumn.");
                continue;
            }
            Field earlier = taken.putIfAbsent(column, field);
            if (earlier != null) {
                problems.add("Kolumn för " + field.label() + ": kolumnen " + table.columnName(column)
                        + " är redan vald för " + earlier.label() + ". En kolumn kan bara ha ett innehåll.");
                continue;
            }
            columns.put(field, column);
        }
        return problems.isEmpty() ? ColumnMapping.of(columns) : null;
    }

    /** One indicator of the file as the user describes it. */
    record IndicatorChoice(int index, String name, String unit, boolean personBased, String level) {}

    /** What the form chose: mapping, period, the indicators' descriptions, whether to keep the mapping. */
    record Choices(
            ColumnMapping mapping,
            MappedRows rows,
            List<Years> periods,
            Years period,
            List<IndicatorChoice> indicators,
            boolean saveMapping) {

        static Choices defaults(ColumnMapping mapping, CsvTable table, SituationPicture current) {
            MappedRows rows = mapping.apply(table);
            List<Years> periods = periodsOf(rows);
            List<IndicatorChoice> indicators = new ArrayList<>();
            for (String name : namesOf(rows)) {
                Optional<Indicator> existing = byName(current, name);
                indicators.add(new IndicatorChoice(
                        indicators.size(),
                        name,
                        existing.map(i -> i.unit().name())
                                .orElse(guessUnit(rows, name).name()),
                        existing.map(Indicator::personBased).orElse(true),
                        existing.map(i -> i.pyramidLevel() == null
                                        ? ""
                                        : i.pyramidLevel().name())
                                .orElse("")));
            }
            return new Choices(
                    mapping,
                    rows,
                    periods,
                    periods.isEmpty() ? null : periods.get(periods.size() - 1),
                    indicators,
                    true);
        }

        static Choices read(
                Map<String, String> params,
                ColumnMapping mapping,
                CsvTable table,
                SituationPicture current,
                List<String> problems) {
            Choices defaults = defaults(mapping, table, current);
            Years period = defaults.period();
            String chosen = params.get("period");
            if (chosen != null && !chosen.isBlank()) {
                period = defaults.periods().stream()
                        .filter(p -> p.toString().equals(chosen.strip()))
                        .findFirst()
                        .orElse(null);
                if (period == null) {
                    problems.add("Period: välj en av filens perioder.");
                }
            }
            List<IndicatorChoice> indicators = new ArrayList<>();
            for (IndicatorChoice d : defaults.indicators()) {
                String i = Integer.toString(d.index());
                String unit = params.getOrDefault("unit_" + i, d.unit());
                if (!enumName(Unit.class, unit)) {
                    problems.add("Indikator " + (d.index() + 1) + " (" + shorten(d.name()) + "): Enhet: välj en av"
                            + " enheterna i listan.");
                    unit = d.unit();
                }
                String level = params.getOrDefault("level_" + i, d.level());
                if (!level.isEmpty() && !enumName(PyramidLevel.class, level)) {
                    problems.add("Indikator " + (d.index() + 1) + " (" + shorten(d.name()) + "): Nivå i"
                            + " våldspyramiden: välj en av nivåerna i listan.");
                    level = d.level();
                }
                boolean personBased = params.containsKey("unit_" + i)
                        ? "true".equals(params.get("personBased_" + i))
                        : d.personBased();
                indicators.add(new IndicatorChoice(d.index(), d.name(), unit, personBased, level));
            }
            boolean saveMapping = params.containsKey("action") ? "true".equals(params.get("saveMapping")) : true;
            return new Choices(mapping, defaults.rows(), defaults.periods(), period, indicators, saveMapping);
        }

        /** The rows of the chosen period. */
        List<CsvRow> chosenRows() {
            return period == null
                    ? List.of()
                    : rows.rows().stream()
                            .filter(r -> r.period().equals(period))
                            .toList();
        }
    }

    /**
     * The unit a file's indicator most likely has, for the user to confirm: persons when every value is a whole
     * number, percent when they have decimals but none is above 100, otherwise another unit.
     */
    static Unit guessUnit(MappedRows rows, String name) {
        boolean whole = true;
        boolean atMostHundred = true;
        for (CsvRow row : rows.rows()) {
            if (!row.indicator().equals(name)) {
                continue;
            }
            for (java.math.BigDecimal value : java.util.Arrays.asList(row.women(), row.men(), row.total())) {
                if (value != null) {
                    whole &= value.stripTrailingZeros().scale() <= 0;
                    atMostHundred &= value.compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
                }
            }
        }
        return whole ? Unit.PERSONS : atMostHundred ? Unit.PERCENT : Unit.OTHER;
    }

    /** The indicators to store and the problems that keep them from being stored. */
    record Built(List<Indicator> indicators, List<String> errors) {}

    private Built build(Choices choices, Upload upload, SituationPicture current) {
        List<Indicator> indicators = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        if (current != null) {
            current.indicators().forEach(i -> usedIds.add(i.id()));
        }
        Map<String, IndicatorChoice> described = new LinkedHashMap<>();
        choices.indicators().forEach(c -> described.put(c.name(), c));
        for (CsvRow row : choices.chosenRows()) {
            IndicatorChoice choice = described.get(row.indicator());
            Optional<Indicator> existing = byName(current, row.indicator());
            String id = existing.map(Indicator::id).orElseGet(() -> newId(row.indicator(), usedIds));
            usedIds.add(id);
            Unit unit = Unit.valueOf(choice.unit());
            boolean split = row.women() != null && row.men() != null;
            try {
                indicators.add(new Indicator(
                        id,
                        row.indicator(),
                        row.source() != null ? row.source() : upload.fileName(),
                        unit,
                        choice.personBased(),
                        choice.level().isEmpty() ? null : PyramidLevel.valueOf(choice.level()),
                        row.women(),
                        row.men(),
                        row.total(),
                        choice.personBased() && !split ? "Filen redovisar inte kvinnor och män var för sig." : null,
                        new IndicatorOrigin(
                                IndicatorOrigin.FILE,
                                upload.fileName(),
                                row.period().first() == row.period().last()
                                        ? row.period().first()
                                        : null,
                                EngineClock.now()),
                        null));
            } catch (ValidationException refused) {
                refused.violations()
                        .forEach(v -> errors.add(new CsvError(
                                        row.line(),
                                        null,
                                        "”" + shorten(row.indicator()) + "”: " + label(v.path()) + ": " + v.message()
                                                + ".")
                                .text()));
            }
        }
        return new Built(indicators, errors);
    }

    private static String label(String path) {
        return switch (path) {
            case "women" -> "Kvinnor";
            case "men" -> "Män";
            case "total" -> "Totalt";
            case "name" -> "Indikator";
            case "source" -> "Källa";
            default -> "Värdet";
        };
    }

    /** An id for a new indicator from its name: {@code fil-anmalda-hot}, unique in the picture. */
    static String newId(String name, Set<String> used) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.isEmpty()) {
            ascii = "indikator";
        }
        int room = Violations.ID_MAX - ID_PREFIX.length() - 4;
        String base = ID_PREFIX + (ascii.length() > room ? ascii.substring(0, room) : ascii);
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Optional<Indicator> byName(SituationPicture picture, String name) {
        if (picture == null) {
            return Optional.empty();
        }
        return picture.indicators().stream()
                .filter(i -> i.name().strip().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    private static List<String> namesOf(MappedRows rows) {
        Set<String> names = new java.util.LinkedHashSet<>();
        rows.rows().forEach(r -> names.add(r.indicator()));
        return new ArrayList<>(names);
    }

    private static List<Years> periodsOf(MappedRows rows) {
        Set<Years> periods = new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(Years::last).thenComparingInt(Years::first));
        rows.rows().forEach(r -> periods.add(r.period()));
        return new ArrayList<>(periods);
    }

    private static <E extends Enum<E>> boolean enumName(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private Optional<CurrentCycle> editable(WorkspaceUser user, String code) {
        user.requireRead(code);
        if (!user.mayEdit(code)) {
            throw new PageForbidden("Du kan läsa lägesbilden men inte lägga till siffror i den. Samordnaren och"
                    + " kommunteamet skriver lägesbilden.");
        }
        return cycles.of(code).filter(c -> c.at(CurrentCycle.DESCRIBE));
    }

    private static CurrentCycle requireCycle(Optional<CurrentCycle> cycle) {
        return cycle.orElseThrow(() -> new PageNotFound("Siffror från en fil kan bara läggas till i lägesbilden medan"
                + " uppgiften ”Sammanställ lägesbilden” är öppen. Filen sparades inte i lägesbilden."));
    }

    private Upload upload(String id, String code, WorkspaceUser user) {
        return uploads.find(id, code, user.id(), EngineClock.now())
                .orElseThrow(() -> new PageNotFound("Den uppladdade filen finns inte längre (en fil sparas i ett dygn"
                        + " i väntan på att du bekräftar). Ladda upp den igen."));
    }

    private Optional<SituationPictureRevision> latest(CurrentCycle cycle) {
        return pictures.latest(cycle.cycleId());
    }

    private String uploadPage(Model model, String code, CurrentCycle cycle, String error) {
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("error", error);
        model.addAttribute(
                "unavailableReason",
                cycle == null
                        ? "Siffror från en fil kan bara läggas till i lägesbilden medan uppgiften ”Sammanställ"
                                + " lägesbilden” är öppen."
                        : null);
        model.addAttribute("maxRows", StatisticsCsvReader.MAX_ROWS);
        return UPLOAD_VIEW;
    }

    /** One indicator of the chosen period as the preview shows it, and what storing it would do. */
    record PreviewRow(String name, String women, String men, String total, String source, String change) {}

    private String previewPage(
            Model model,
            String code,
            CurrentCycle cycle,
            Upload upload,
            CsvTable table,
            SituationPicture current,
            Choices choices,
            List<String> problems) {
        Population population = populations.of(code);
        Built built = build(choices, upload, current);
        List<PictureImport.Change> changes = PictureImport.changes(current, built.indicators(), population);
        Map<String, PictureImport.Change> byName = new LinkedHashMap<>();
        changes.forEach(c -> byName.put(c.name(), c));
        List<PreviewRow> rows = new ArrayList<>();
        for (Indicator indicator : built.indicators()) {
            if (rows.size() >= ROWS_SHOWN) {
                break;
            }
            var shown = PublishedIndicator.of(indicator, population).values();
            PictureImport.Change change = byName.get(indicator.name());
            rows.add(new PreviewRow(
                    indicator.name(),
                    ShownText.of(shown.women(), null).text(),
                    ShownText.of(shown.men(), null).text(),
                    ShownText.of(shown.total(), null).text(),
                    indicator.source(),
                    change == null
                            ? ""
                            : change.kind() == PictureImport.Kind.CHANGED
                                    ? "ändras: från " + change.before() + " till " + change.after()
                                    : change.label()));
        }
        List<String> fileErrors =
                choices.rows().errors().stream().map(CsvError::text).toList();
        List<String> allErrors = new ArrayList<>(problems);
        if (problems.isEmpty()) {
            allErrors.addAll(built.errors());
        }
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("uploadId", upload.id());
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("encoding", table.encoding().label());
        model.addAttribute("separator", table.separator() == ';' ? "semikolon (;)" : "komma (,)");
        model.addAttribute("lineCount", table.lines().size());
        model.addAttribute("columns", columnChoices(table));
        model.addAttribute("fields", Field.values());
        model.addAttribute("mapping", choices.mapping());
        model.addAttribute("choices", choices);
        model.addAttribute("errors", allErrors);
        model.addAttribute("fileErrors", fileErrors.subList(0, Math.min(ERRORS_SHOWN, fileErrors.size())));
        model.addAttribute("moreFileErrors", Math.max(0, fileErrors.size() - ERRORS_SHOWN));
        model.addAttribute("rows", rows);
        model.addAttribute("units", Unit.values());
        model.addAttribute("levels", PyramidLevel.values());
        model.addAttribute("baseRevision", current == null ? 0 : latestNumber(cycle));
        model.addAttribute("newPicture", current == null);
        model.addAttribute(
                "savable",
                problems.isEmpty()
                        && choices.rows().valid()
                        && built.errors().isEmpty()
                        && !built.indicators().isEmpty());
        return PREVIEW_VIEW;
    }

    private int latestNumber(CurrentCycle cycle) {
        return latest(cycle).map(SituationPictureRevision::revision).orElse(0);
    }

    /** The file's columns as the mapping's choices: index and name. */
    record ColumnChoice(int index, String name) {}

    private static List<ColumnChoice> columnChoices(CsvTable table) {
        List<ColumnChoice> columns = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).isBlank()
                    ? "Kolumn " + (i + 1)
                    : table.header().get(i);
            columns.add(new ColumnChoice(i, name.length() > 60 ? name.substring(0, 60) + "…" : name));
        }
        return columns;
    }
}
