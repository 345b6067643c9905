package se.valdsprevention.web.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.methods.Methods;

/**
 * The county officer curates the bank: adds and changes methods, attaches files; everyone else is refused, and
 * every bad input comes back as a Swedish message next to its field with nothing saved.
 */
class MethodCurationTest extends WorkspaceTest {

    static final String FORM = "form.method-form";
    static final byte[] PDF =
            ("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    Methods methods;

    private static Map<String, String> newMethod(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("kind", "METHOD");
        values.put("description", "En testmetod för länet.");
        values.put("violenceTypes", "PUBLIC_PLACES");
        values.put("arena", "Offentlig miljö");
        values.put("targetGroup", "Boende");
        values.put("socioEcologicalLevels", "COMMUNITY");
        values.put("preventionLevel", "UNIVERSAL");
        values.put("preventionKinds", "SITUATIONAL");
        values.put("ambitionLevel", "GRUNDLAGGANDE");
        values.put("evidenceNote", "se källan");
        values.put("evidenceSourceTitle", "Brå");
        values.put("evidenceSourceUrl", "https://bra.se/");
        return values;
    }

    /** Adds a method as county-24 and returns its id. */
    private String add(PageSession county, String name) {
        var saved = county.submit("/metodbank/ny", FORM, newMethod(name));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.location();
        return location.substring(location.indexOf("/metodbank/") + "/metodbank/".length(), location.indexOf('?'));
    }

    /** The fields a browser would post from the form as the page shows it. */
    private static Map<String, List<String>> fieldsOf(Document page, String selector) {
        Element form = page.selectFirst(selector);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.is("[type=submit], [type=file]")) {
                continue;
            }
            if (input.is("[type=checkbox], [type=radio]") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.is("textarea")
                    ? input.wholeText()
                    : input.is("select") ? input.select("option[selected]").attr("value") : input.attr("value");
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    @Test
    void aCountyOfficerAddsAMethodThatEveryoneThenReads() {
        var county = loggedIn("county-24");

        String id = add(county, "Trygg park i Norsjö");

        assertThat(id).isEqualTo("trygg-park-i-norsjo");
        var page = loggedIn("coordinator-2417").get("/metodbank/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Trygg park i Norsjö");
        assertThat(page.mainText()).contains("En testmetod för länet.", "Boende", "situationell");
        assertThat(methods.latest(id).orElseThrow().author()).isEqualTo("county-24");
        assertThat(loggedIn("coordinator-2417")
                        .get("/metodbank?q=norsjö+park")
                        .document()
                        .select("table.methods a")
                        .eachText())
                .containsExactly("Trygg park i Norsjö");
    }

    @Test
    void aSecondMethodWithTheSameNameGetsItsOwnId() {
        var county = loggedIn("county-24");

        String first = add(county, "Samma namn");
        String second = add(county, "Samma namn");

        assertThat(first).isEqualTo("samma-namn");
        assertThat(second).isEqualTo("samma-namn-2");
    }

    @Test
    void aChangeIsANewRevisionAndKeepsTheAttachments() {
        var county = loggedIn("county-24");
        String id = add(county, "Att ändra");
        county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", county.csrfToken("/metodbank/" + id + "/andra")),
                "fil",
                "affisch.pdf",
                "application/pdf",
                PDF);

        var saved = county.submit("/metodbank/" + id + "/andra", FORM, Map.of("name", "Ändrad metod"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/metodbank/" + id + "?sparad");
        assertThat(methods.history(id))
                .extracting(r -> r.method().name())
                .containsExactly("Att ändra", "Att ändra", "Ändrad metod");
        assertThat(methods.latest(id).orElseThrow().method().attachments()).hasSize(1);
        assertThat(county.get("/metodbank/" + id + "?sparad").mainText()).contains("Metoden är sparad", "Ändrad metod");
    }

    @Test
    void anUploadedPdfIsDownloadedWithTheSameBytesAsAnAttachment() {
        var county = loggedIn("county-24");
        String id = add(county, "Med bilaga");

        var uploaded = county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", county.csrfToken("/metodbank/" + id + "/andra")),
                "fil",
                "Affisch om stöd.pdf",
                "application/pdf",
                PDF);

        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(uploaded.location()).endsWith("/metodbank/" + id + "/andra?bilaga");
        var page = loggedIn("police-2417").get("/metodbank/" + id).document();
        Element link = page.selectFirst(".attachments a");
        assertThat(link.text()).isEqualTo("Affisch om stöd.pdf");
        var download = loggedIn("police-2417").download(link.attr("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Affisch%20om%20st%C3%B6d.pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aProgramRenamedToPdfAndOtherTypesAreRefusedAndNothingIsAttached() {
        var county = loggedIn("county-24");
        String id = add(county, "Utan program");
        String token = county.csrfToken("/metodbank/" + id + "/andra");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

        var renamed = county.upload(
                "/metodbank/" + id + "/bilagor", Map.of("_csrf", token), "fil", "virus.pdf", "application/pdf", exe);
        var program = county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", token),
                "fil",
                "virus.exe",
                "application/x-msdownload",
                exe);
        var empty = county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", token),
                "fil",
                "tom.pdf",
                "application/pdf",
                new byte[0]);

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.document().selectFirst("#fil-fel").text()).contains("inte en PDF-fil");
        assertThat(renamed.document().select("[role=alert] a[href=#fil]")).hasSize(1);
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.document().selectFirst("#fil-fel").text()).contains("Bara PDF, PNG och JPEG");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(methods.latest(id).orElseThrow().method().attachments()).isEmpty();
        assertThat(methods.history(id)).hasSize(1);
    }

    @Test
    void anOversizedUploadIsRefusedWithASwedishMessage() {
        var county = loggedIn("county-24");
        String id = add(county, "För stor bilaga");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        var refused = county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", county.csrfToken("/metodbank/" + id + "/andra")),
                "fil",
                "stor.pdf",
                "application/pdf",
                big);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.document().selectFirst("#fil-fel").text()).contains("för stor", "högst 10 MB");
        assertThat(methods.latest(id).orElseThrow().method().attachments()).isEmpty();
    }

    @Test
    void anUploadBeyondTheRequestLimitIsRefusedWithoutAServerError() {
        var county = loggedIn("county-24");
        String id = add(county, "Mycket för stor bilaga");
        byte[] huge = new byte[45 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);

        var refused = county.upload(
                "/metodbank/" + id + "/bilagor",
                Map.of("_csrf", county.csrfToken("/metodbank/" + id + "/andra")),
                "fil",
                "enorm.pdf",
                "application/pdf",
                huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.mainText()).contains("Filen är för stor", "ingenting har sparats");
        assertThat(methods.latest(id).orElseThrow().method().attachments()).isEmpty();
    }

    @Test
    void aCoordinatorReadsButMayNotAddChangeOrUpload() {
        var coordinator = loggedIn("coordinator-2417");
        String token = coordinator.csrfToken("/metodbank");
        long before = methods.count();

        assertThat(coordinator.get("/metodbank/ny").status()).isEqualTo(403);
        assertThat(coordinator.get("/metodbank/mvp/andra").status()).isEqualTo(403);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        newMethod("Smugglad metod").forEach((k, v) -> fields.put(k, List.of(v)));
        fields.put("_csrf", List.of(token));
        var added = coordinator.post("/metodbank/ny", fields);
        fields.put("revision", List.of("1"));
        var changed = coordinator.post("/metodbank/mvp/andra", fields);
        var uploaded = coordinator.upload(
                "/metodbank/mvp/bilagor", Map.of("_csrf", token), "fil", "a.pdf", "application/pdf", PDF);

        assertThat(added.status()).isEqualTo(403);
        assertThat(added.mainText()).contains("Bara länsstyrelsens handläggare");
        assertThat(changed.status()).isEqualTo(403);
        assertThat(uploaded.status()).isEqualTo(403);
        assertThat(methods.count()).isEqualTo(before);
        assertThat(methods.latest("mvp").orElseThrow().method().name()).isEqualTo("Mentorer i våldsprevention (MVP)");
        assertThat(coordinator.get("/metodbank").document().select("a[href=/metodbank/ny]"))
                .isEmpty();
        assertThat(coordinator.get("/metodbank/mvp").document().select("a[href=/metodbank/mvp/andra]"))
                .isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        var county = loggedIn("county-24");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        newMethod("Utan token").forEach((k, v) -> fields.put(k, List.of(v)));

        assertThat(county.post("/metodbank/ny", fields).status()).isEqualTo(403);
        assertThat(county.upload("/metodbank/mvp/bilagor", Map.of(), "fil", "a.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(403);
        assertThat(methods.latest("utan-token")).isEmpty();
        assertThat(methods.latest("mvp").orElseThrow().method().attachments()).isEmpty();
    }

    @Test
    void anEmptyNameIsRefusedNextToTheFieldWithTheInputKept() {
        var county = loggedIn("county-24");
        Map<String, String> values = newMethod("");
        values.put("arena", "Arena som behålls");

        var refused = county.submit("/metodbank/ny", FORM, values);

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("[role=alert] a[href=#name]").text()).startsWith("Namn:");
        assertThat(page.selectFirst("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#name").attr("aria-describedby")).isEqualTo("name-fel");
        assertThat(page.selectFirst("#name-fel").text()).isEqualTo("Fyll i namn.");
        assertThat(page.selectFirst("#arena").attr("value")).isEqualTo("Arena som behålls");
        assertThat(page.selectFirst("#violenceTypes-PUBLIC_PLACES").hasAttr("checked"))
                .isTrue();
        assertThat(methods.latest("metod")).isEmpty();
    }

    @Test
    void aMegabyteDescriptionIsRefusedWithItsLength() {
        var county = loggedIn("county-24");
        Map<String, String> values = newMethod("Lång beskrivning");
        values.put("description", "x".repeat(1_000_000));

        var refused = county.submit("/metodbank/ny", FORM, values);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().selectFirst("#description-fel").text())
                .contains("Beskrivning får vara högst 10 000 tecken", "1 000 000");
        assertThat(refused.document().select("[role=alert] a[href=#description]"))
                .hasSize(1);
        assertThat(methods.latest("lang-beskrivning")).isEmpty();
    }

    @Test
    void onlyHttpsLinksAreAccepted() {
        var county = loggedIn("county-24");
        Map<String, String> values = newMethod("Farliga länkar");
        values.put("evidenceSourceUrl", "http://bra.se/");
        values.put("linkTitle", "Skript");
        values.put("linkUrl", "javascript:alert(document.cookie)");

        var refused = county.submit("/metodbank/ny", FORM, values);

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.selectFirst("#evidenceSource-url-fel").text()).contains("https://");
        assertThat(page.selectFirst("#link-0-url-fel").text()).contains("https://");
        assertThat(page.select("[role=alert] a[href=#link-0-url]").text()).startsWith("Länk 1: adress");
        assertThat(page.selectFirst("#link-0-url").attr("value")).isEqualTo("javascript:alert(document.cookie)");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(methods.latest("farliga-lankar")).isEmpty();
    }

    @Test
    void scriptInADescriptionIsShownAsText() {
        var county = loggedIn("county-24");
        Map<String, String> values = newMethod("Med skript");
        values.put("description", "<script>alert('x')</script> och <b>fet</b>");
        String id = add(county, "Förbered");
        var saved = county.submit("/metodbank/" + id + "/andra", FORM, values);
        assertThat(saved.status()).isEqualTo(302);

        var page = loggedIn("coordinator-2417").get("/metodbank/" + id);

        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<b>fet</b>");
        assertThat(page.body()).contains("&lt;script&gt;alert(");
        assertThat(page.document().selectFirst("main .method-text").text())
                .isEqualTo("<script>alert('x')</script> och <b>fet</b>");
    }

    @Test
    void aChangeOverANewerRevisionIsRefusedWithTheInputKept() {
        var county = loggedIn("county-24");
        String id = add(county, "Två handläggare");
        Document opened = county.get("/metodbank/" + id + "/andra").document();
        county.submit("/metodbank/" + id + "/andra", FORM, Map.of("name", "Först sparad"));

        Map<String, List<String>> stale = fieldsOf(opened, FORM);
        stale.put("name", List.of("Min ändring"));
        var refused = county.post("/metodbank/" + id + "/andra", stale);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().selectFirst("#konflikt").text())
                .contains("Metoden har ändrats av county-24", "version 2", "Dina ändringar är inte sparade");
        assertThat(refused.document().selectFirst("#name").attr("value")).isEqualTo("Min ändring");
        assertThat(methods.latest(id).orElseThrow().method().name()).isEqualTo("Först sparad");
        assertThat(methods.history(id)).hasSize(2);

        var again = county.post("/metodbank/" + id + "/andra", fieldsOf(refused.document(), FORM));
        assertThat(again.status()).isEqualTo(302);
        assertThat(methods.latest(id).orElseThrow().method().name()).isEqualTo("Min ändring");
    }

    @Test
    void editingAnUnknownMethodIsA404() {
        var county = loggedIn("county-24");

        assertThat(county.get("/metodbank/finns-inte/andra").status()).isEqualTo(404);
        assertThat(county.upload(
                                "/metodbank/finns-inte/bilagor",
                                Map.of("_csrf", county.csrfToken("/metodbank/ny")),
                                "fil",
                                "a.pdf",
                                "application/pdf",
                                PDF)
                        .status())
                .isEqualTo(404);
    }
}
