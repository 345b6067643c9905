package se.valdsprevention.workflows.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valdsprevention.core.method.Method;
import se.valdsprevention.core.method.MethodKind;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.workflows.WorkflowsTestApplication;

/**
 * The method bank in the engine's database as a county's application has it. The tests share one database (the
 * starter catalogue is loaded at start), so each uses its own method ids.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class MethodsTest {

    static final Instant MARCH = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-06T08:00:00Z");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Methods methods;

    @Autowired
    StarterCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private static Method method(String id, String name) {
        return new Method(
                id,
                name,
                List.of(ViolenceType.PUBLIC_PLACES),
                "Offentlig miljö",
                "Boende",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.GRUNDLAGGANDE,
                null);
    }

    @Test
    void aSavedMethodIsReadBackWithAuthorAndTimeAndEveryChangeIsANewRevision() {
        var first = methods.save(method("test-walk", "Vandring"), 0, "county-24", MARCH);
        methods.save(method("test-walk", "Trygghetsvandring"), 1, "county-24", APRIL);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(methods.history("test-walk"))
                .extracting(r -> r.method().name())
                .containsExactly("Vandring", "Trygghetsvandring");
        var latest = methods.latest("test-walk").orElseThrow();
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.author()).isEqualTo("county-24");
        assertThat(latest.recordedAt()).isEqualTo(APRIL);
        assertThat(methods.bank().method("test-walk").orElseThrow().name()).isEqualTo("Trygghetsvandring");
    }

    @Test
    void aChangeBasedOnAnOlderRevisionIsRefusedAndNothingIsLost() {
        methods.save(method("test-stale", "Först"), 0, "county-24", MARCH);
        methods.save(method("test-stale", "Andra"), 1, "admin", APRIL);

        assertThatThrownBy(() -> methods.save(method("test-stale", "Gammal grund"), 1, "county-24", APRIL))
                .isInstanceOfSatisfying(StaleMethodRevision.class, e -> {
                    assertThat(e.basedOn()).isEqualTo(1);
                    assertThat(e.current().revision()).isEqualTo(2);
                    assertThat(e.current().author()).isEqualTo("admin");
                });
        assertThat(methods.latest("test-stale").orElseThrow().method().name()).isEqualTo("Andra");
        assertThat(methods.history("test-stale")).hasSize(2);
    }

    @Test
    void aNewMethodWithATakenIdIsRefused() {
        methods.save(method("test-taken", "Först"), 0, "county-24", MARCH);

        assertThatThrownBy(() -> methods.save(method("test-taken", "Samma id"), 0, "county-24", APRIL))
                .isInstanceOf(StaleMethodRevision.class);
        assertThat(methods.history("test-taken")).hasSize(1);
    }

    @Test
    void anAttachedFileIsStoredWithItsBytesAndAddedToANewRevision() {
        methods.save(method("test-attach", "Affischer"), 0, "county-24", MARCH);

        var saved = methods.attach(
                "test-attach", "C:\\Mina filer\\affisch.pdf", "application/pdf", PDF, "county-24", APRIL);

        assertThat(saved.revision()).isEqualTo(2);
        var attachment = saved.method().attachments().get(0);
        assertThat(attachment.fileName()).isEqualTo("affisch.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.size()).isEqualTo(PDF.length);
        var file = methods.attachment("test-attach", attachment.id()).orElseThrow();
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.attachment()).isEqualTo(attachment);
        assertThat(methods.attachment("test-walk-other", attachment.id())).isEmpty();
    }

    @Test
    void aFileWhoseBytesAreNotItsDeclaredTypeIsRefusedAndNothingIsStored() {
        methods.save(method("test-exe", "Program"), 0, "county-24", MARCH);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        assertThatThrownBy(() -> methods.attach("test-exe", "program.pdf", "application/pdf", exe, "county-24", APRIL))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("file"));
        assertThatThrownBy(() ->
                        methods.attach("test-exe", "program.exe", "application/x-msdownload", exe, "county-24", APRIL))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(
                        () -> methods.attach("test-exe", "tom.pdf", "application/pdf", new byte[0], "county-24", APRIL))
                .isInstanceOf(ValidationException.class);
        assertThat(methods.history("test-exe")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM prevention_method_attachment WHERE method_id = 'test-exe'", Long.class))
                .isZero();
    }

    @Test
    void theStarterCatalogueIsLoadedOnceAtStartAndASecondLoadAddsNothing() {
        var shipped = catalogue.read().methods();

        assertThat(shipped).hasSizeBetween(10, 15);
        assertThat(shipped).allSatisfy(m -> {
            assertThat(m.description()).isNotBlank();
            assertThat(m.evidenceSource()).isNotNull();
            assertThat(m.evidenceSource().url()).startsWith("https://");
        });
        assertThat(shipped).anySatisfy(m -> assertThat(m.kind()).isEqualTo(MethodKind.COMMUNICATION_MATERIAL));
        for (Method m : shipped) {
            assertThat(methods.history(m.id()))
                    .as(m.id())
                    .singleElement()
                    .satisfies(r -> assertThat(r.author()).isEqualTo(StarterCatalogue.AUTHOR));
        }
        long before = methods.count();

        assertThat(catalogue.loadIfEmpty()).isZero();
        assertThat(methods.count()).isEqualTo(before);
    }

    @Test
    void addingToAnEmptyBankAddsOnlyTheMissingAndNeverTwice() {
        // The bank is not empty here (the catalogue was loaded at start), so nothing is added.
        assertThat(methods.addAllIfEmpty(List.of(method("test-late", "Sen")), "startkatalog", MARCH))
                .isZero();
        assertThat(methods.latest("test-late")).isEmpty();
    }
}
