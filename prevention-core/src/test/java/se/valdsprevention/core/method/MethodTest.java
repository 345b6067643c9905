package se.valdsprevention.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;
import se.valdsprevention.core.validation.Refusals;

class MethodTest {

    private static Method method(List<ViolenceType> types, String arena) {
        return new Method(
                "mvp",
                "Mentorer i våldsprevention",
                types,
                arena,
                "Elever",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.AVANCERAD,
                null);
    }

    @Test
    void refusesAMethodWithoutViolenceType() {
        assertRefused(() -> method(List.of(), "Skola"), "violenceTypes", "minst en våldstyp");
    }

    @Test
    void refusesTheSameViolenceTypeTwice() {
        assertRefused(
                () -> method(List.of(ViolenceType.SCHOOL, ViolenceType.SCHOOL), "Skola"),
                "violenceTypes[1]",
                "våldstypen");
    }

    @Test
    void refusesABlankArena() {
        assertRefused(() -> method(List.of(ViolenceType.SCHOOL), ""), "arena", "måste fyllas i");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Method(null, null, null, null, null, null, null, null)))
                .containsExactly(
                        "id", "name", "violenceTypes", "arena", "targetGroup", "preventionLevel", "ambitionLevel");
    }

    private static Method described(List<MethodLink> links, List<MethodAttachment> attachments, String description) {
        return new Method(
                "mvp",
                "Mentorer i våldsprevention",
                List.of(ViolenceType.SCHOOL),
                "Skola",
                "Elever",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.AVANCERAD,
                null,
                MethodKind.METHOD,
                description,
                null,
                List.of(SocioEcologicalLevel.INDIVIDUAL, SocioEcologicalLevel.RELATIONSHIP),
                List.of(PreventionKind.SOCIAL),
                links,
                attachments);
    }

    @Test
    void aMethodFirstDescribedWithoutTheLaterFieldsIsAMethodWithEmptyLists() {
        var method = method(List.of(ViolenceType.SCHOOL), "Skola");

        assertThat(method.kind()).isEqualTo(MethodKind.METHOD);
        assertThat(method.description()).isNull();
        assertThat(method.socioEcologicalLevels()).isEmpty();
        assertThat(method.preventionKinds()).isEmpty();
        assertThat(method.links()).isEmpty();
        assertThat(method.attachments()).isEmpty();
    }

    @Test
    void aMethodStoredBeforeTheLaterFieldsIsReadAsAMethod() {
        String stored = "{\"schemaVersion\":1,\"methods\":[{\"id\":\"mvp\",\"name\":\"MVP\","
                + "\"violenceTypes\":[\"SCHOOL\"],\"arena\":\"Skola\",\"targetGroup\":\"Elever\","
                + "\"preventionLevel\":\"UNIVERSAL\",\"ambitionLevel\":\"AVANCERAD\",\"evidenceNote\":null}]}";

        var bank = new DomainJson().read(stored, MethodBank.class);

        assertThat(bank.methods())
                .containsExactly(new Method(
                        "mvp",
                        "MVP",
                        List.of(ViolenceType.SCHOOL),
                        "Skola",
                        "Elever",
                        PreventionLevel.UNIVERSAL,
                        AmbitionLevel.AVANCERAD,
                        null));
    }

    @Test
    void aFullyDescribedMethodSurvivesJson() {
        var method = described(
                List.of(new MethodLink("MVP Sverige", "https://example.org/mvp")),
                List.of(new MethodAttachment("a1", "affisch.pdf", "application/pdf", 1234)),
                "Beskrivning med <script>alert(1)</script>");
        var json = new DomainJson();

        var bank = json.read(json.write(new MethodBank(List.of(method))), MethodBank.class);

        assertThat(bank.methods()).containsExactly(method);
    }

    @Test
    void acceptsOnlyHttpsLinks() {
        assertRefused(() -> new MethodLink("Skript", "javascript:alert(1)"), "url", "https://");
        assertRefused(() -> new MethodLink("Okrypterad", "http://example.org"), "url", "https://");
        assertRefused(() -> new MethodLink("Utan webbplats", "https:///sida"), "url", "webbplats");
        assertRefused(() -> new MethodLink("Mellanslag", "https://example.org/a b"), "url", "mellanslag");
        assertRefused(() -> new MethodLink("", "https://example.org"), "title", "");
        assertThat(new MethodLink("Brå", "HTTPS://bra.se/").url()).isEqualTo("HTTPS://bra.se/");
    }

    @Test
    void refusesAnOverlongDescription() {
        assertRefused(() -> described(List.of(), List.of(), "x".repeat(10_001)), "description", "10000");
    }

    @Test
    void refusesTheSameAttachmentTwiceAndTooManyLinks() {
        var attachment = new MethodAttachment("a1", "affisch.pdf", "application/pdf", 1234);
        assertRefused(() -> described(List.of(), List.of(attachment, attachment), null), "attachments[1].id", "");
        var links = java.util.Collections.nCopies(Method.LINKS_MAX + 1, new MethodLink("Brå", "https://bra.se"));
        assertRefused(() -> described(links, List.of(), null), "links", "högst");
    }

    @Test
    void anAttachmentIsAPdfPngOrJpegWithAPlainNameAndSomeContent() {
        assertRefused(
                () -> new MethodAttachment("a1", "program.exe", "application/x-msdownload", 10), "contentType", "PDF");
        assertRefused(
                () -> new MethodAttachment("a1", "../etc/passwd", "application/pdf", 10), "fileName", "snedstreck");
        assertRefused(() -> new MethodAttachment("a1", "tom.pdf", "application/pdf", 0), "size", "tom");
        assertThat(new MethodAttachment("a1", "bild.jpg", "image/jpeg", 3).size())
                .isEqualTo(3);
    }

    @Test
    void aFileIsOfATypeOnlyIfItsFirstBytesSaySo() {
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

        assertThat(AttachmentType.ofContentType("application/pdf")).contains(AttachmentType.PDF);
        assertThat(AttachmentType.ofContentType("Image/JPG")).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.ofContentType("application/octet-stream")).isEmpty();
        assertThat(AttachmentType.PDF.matches(pdf)).isTrue();
        assertThat(AttachmentType.PDF.matches(exe)).isFalse();
        assertThat(AttachmentType.PNG.matches(png)).isTrue();
        assertThat(AttachmentType.JPEG.matches(new byte[] {(byte) 0xFF})).isFalse();
    }

    @Test
    void anAddedAttachmentComesLast() {
        var first = new MethodAttachment("a1", "affisch.pdf", "application/pdf", 1234);
        var second = new MethodAttachment("a2", "bild.png", "image/png", 99);

        var method = described(List.of(), List.of(first), null).withAttachment(second);

        assertThat(method.attachments()).containsExactly(first, second);
        assertThat(method.attachment("a2")).contains(second);
        assertThat(method.attachment("a3")).isEmpty();
    }
}
