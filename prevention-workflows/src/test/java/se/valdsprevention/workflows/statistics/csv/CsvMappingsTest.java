package se.valdsprevention.workflows.statistics.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.valdsprevention.workflows.WorkflowsTestApplication;

/** Column mappings saved per file layout in the engine's database, as a county's application has them. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class CsvMappingsTest {

    static final Instant MARCH = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-06T08:00:00Z");

    @Autowired
    CsvMappings mappings;

    @Test
    void aSavedMappingIsFoundForTheNextFileOfTheSameLayoutWithWhoSavedItAndWhen() {
        List<String> header = List.of("Brottstyp", "Redovisningsår", "K", "M", "Samtliga", "Uppgiftslämnare");
        var mapping = new ColumnMapping(0, 1, 2, 3, 4, null);

        mappings.save(header, mapping, "police-2417", MARCH);

        CsvTable nextFile = CsvFiles.read("brottstyp;REDOVISNINGSÅR;k;m;samtliga;uppgiftslämnare\nHot;2025;1;2;3;x\n");
        var saved = mappings.latest(nextFile.layoutKey()).orElseThrow();
        assertThat(saved.mapping()).isEqualTo(mapping);
        assertThat(saved.mapping().source()).isNull();
        assertThat(saved.savedBy()).isEqualTo("police-2417");
        assertThat(saved.savedAt()).isEqualTo(MARCH);
        assertThat(mappings.mappingFor(nextFile)).isEqualTo(mapping);
    }

    @Test
    void theNewestSaveOfALayoutCounts() {
        List<String> header = List.of("Nyckeltal", "Period", "Totalt", "Anm");
        mappings.save(header, new ColumnMapping(0, 1, 2, null, null, 3), "coordinator-2417", MARCH);

        mappings.save(header, new ColumnMapping(0, 1, 2, null, null, null), "coordinator-2422", APRIL);

        var saved = mappings.latest(LayoutKey.of(header)).orElseThrow();
        assertThat(saved.mapping().source()).isNull();
        assertThat(saved.savedBy()).isEqualTo("coordinator-2422");
        assertThat(saved.savedAt()).isEqualTo(APRIL);
    }

    @Test
    void aLayoutWithoutASavedMappingGetsTheGuessFromItsHeader() {
        CsvTable file = CsvFiles.read("Indikator;År;Flickor;Pojkar\nKränkningar;2025;12;9\n");

        assertThat(mappings.latest(file.layoutKey())).isEmpty();
        assertThat(mappings.mappingFor(file)).isEqualTo(new ColumnMapping(0, 1, 2, 3, null, null));
    }
}
