package se.valdsprevention.web.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.WorkspaceTest;

/** Reading the method bank: the starter catalogue, search and filters, a method's page and its action-plan links. */
class MethodBankPageTest extends WorkspaceTest {

    @Autowired
    MethodCatalogue catalogue;

    private static List<String> names(Document page) {
        return page.select("table.methods tbody th a").eachText();
    }

    @Test
    void everyRoleOfTheCountyReadsTheStarterCatalogue() {
        for (String user : List.of("coordinator-2417", "police-2417", "manager-2417", "county-24")) {
            PageSession.Page page = loggedIn(user).get("/metodbank");

            assertThat(page.status()).as(user).isEqualTo(200);
            assertThat(names(page.document()))
                    .as(user)
                    .hasSizeGreaterThanOrEqualTo(10)
                    .contains("Mentorer i våldsprevention (MVP)", "Trygghetsvandring", "Stopp! Min kropp!");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        assertThat(anonymous().get("/metodbank").location()).contains("/login");
    }

    @Test
    void freeTextFindsEveryWordInNameOrDescription() {
        var session = loggedIn("coordinator-2417");

        assertThat(names(session.get("/metodbank?q=vandring").document()))
                .contains("Trygghetsvandring")
                .doesNotContain("Mentorer i våldsprevention (MVP)");
        assertThat(names(session.get("/metodbank?q=lektionsprogram+skolan").document()))
                .containsExactly("Mentorer i våldsprevention (MVP)");
        assertThat(session.get("/metodbank?q=finnsintenågonstans").mainText()).contains("Inga metoder matchar");
    }

    @Test
    void filtersByViolenceTypeArenaLevelPreventionLevelAndKind() {
        var session = loggedIn("team-2417");

        assertThat(names(session.get("/metodbank?inriktning=SITUATIONAL").document()))
                .contains("Trygghetsvandring", "Situationell prevention i den fysiska miljön")
                .doesNotContain("Mentorer i våldsprevention (MVP)", "Stopp! Min kropp!");
        assertThat(names(session.get("/metodbank?vald=HONOUR_RELATED&preventionsniva=SELECTIVE")
                        .document()))
                .contains("Att fråga om våld – rutinfrågor", "Kunskapsstöd mot hedersrelaterat våld och förtryck")
                .doesNotContain("Trygghetsvandring");
        assertThat(names(session.get("/metodbank?typ=COMMUNICATION_MATERIAL").document()))
                .containsExactlyInAnyOrder("Stopp! Min kropp!", "Kommunikationskampanj: här får du stöd");
        assertThat(names(session.get("/metodbank?niva=SOCIETY&arena=Hela+kommunen")
                        .document()))
                .containsExactly("Kommunövergripande våldsförebyggande arbete enligt Inget att vänta på");
        assertThat(names(session.get("/metodbank?arena=Skola").document()))
                .contains("Mentorer i våldsprevention (MVP)")
                .doesNotContain("Trygghetsvandring");
    }

    @Test
    void theSearchIsAPlainGetFormThatKeepsItsChoicesAndSorts() {
        var page = loggedIn("coordinator-2417")
                .get("/metodbank?vald=SCHOOL&sortera=KIND")
                .document();

        Element form = page.selectFirst("form.method-search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[name=_csrf]")).isEmpty();
        assertThat(page.select("#vald option[selected]").attr("value")).isEqualTo("SCHOOL");
        assertThat(page.select("#sortera option[selected]").attr("value")).isEqualTo("KIND");
        List<String> kinds = page.select("table.methods tbody tr td:eq(1)").eachText();
        assertThat(kinds).isNotEmpty();
        assertThat(kinds).isSortedAccordingTo((a, b) -> Boolean.compare(!a.equals("metod"), !b.equals("metod")));
        for (Element label : page.select("form.method-search select, form.method-search input[type=search]")) {
            assertThat(page.select("label[for=" + label.id() + "]"))
                    .as(label.id())
                    .hasSize(1);
        }
    }

    @Test
    void anUnknownFilterValueIsReportedNextToItsFieldAndTheRestStillFilters() {
        var page = loggedIn("coordinator-2417").get("/metodbank?vald=abc&typ=COMMUNICATION_MATERIAL");

        assertThat(page.status()).isEqualTo(400);
        Document document = page.document();
        assertThat(document.select("[role=alert] a[href=#vald]").text()).contains("Våldstyp");
        assertThat(document.selectFirst("#vald").attr("aria-invalid")).isEqualTo("true");
        assertThat(document.selectFirst("#vald").attr("aria-describedby")).isEqualTo("vald-fel");
        assertThat(document.selectFirst("#vald-fel").text()).contains("finns inte");
        assertThat(names(document)).contains("Stopp! Min kropp!").doesNotContain("Trygghetsvandring");
        assertThat(loggedIn("coordinator-2417")
                        .get("/metodbank?q=" + "x".repeat(201))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aMethodPageShowsDescriptionEvidenceTargetGroupAndSource() {
        var page = loggedIn("manager-2417").get("/metodbank/trygghetsvandring");

        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        assertThat(document.selectFirst("h1").text()).isEqualTo("Trygghetsvandring");
        assertThat(page.mainText())
                .contains("Beskrivning", "Boende och verksamma i ett område", "Vad som är känt om effekt", "se källan")
                .contains("situationell", "närsamhälle");
        assertThat(document.selectFirst("a.source").attr("href"))
                .isEqualTo("https://bra.se/forebygga-brott/forebyggande-metoder/trygghetsvandringar.html");
        assertThat(document.select(".method-links a").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
    }

    @Test
    void anUnknownMethodIsA404InSwedish() {
        var session = loggedIn("coordinator-2417");

        var page = session.get("/metodbank/finns-inte");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mainText()).contains("Det finns ingen metod med id finns-inte");
        assertThat(session.get("/metodbank/mvp/bilagor/finns-inte").status()).isEqualTo(404);
        assertThat(session.get("/metodbank/finns-inte/andra").status()).isEqualTo(403);
    }

    @Test
    void useInTheActionPlanIsOfferedForEachMunicipalityTheUserMayEdit() {
        assertThat(planLinks("coordinator-2417")).containsExactly("/kommuner/2417/handlingsplan?metod=mvp");
        assertThat(planLinks("team-2417")).containsExactly("/kommuner/2417/handlingsplan?metod=mvp");
        assertThat(planLinks("coordinator-2422")).containsExactly("/kommuner/2422/handlingsplan?metod=mvp");
        assertThat(planLinks("admin"))
                .containsExactly("/kommuner/2417/handlingsplan?metod=mvp", "/kommuner/2422/handlingsplan?metod=mvp");
        assertThat(planLinks("manager-2417")).isEmpty();
        assertThat(planLinks("police-2417")).isEmpty();
        assertThat(planLinks("county-24")).isEmpty();
        assertThat(loggedIn("coordinator-2417")
                        .get("/metodbank/mvp")
                        .document()
                        .select(".plan-links a")
                        .text())
                .isEqualTo("Använd i handlingsplanen för Norsjö");
    }

    @Test
    void theCatalogueGivesOtherPagesAMethodsNameAndAddress() {
        var mvp = catalogue.find("mvp").orElseThrow();

        assertThat(mvp.name()).isEqualTo("Mentorer i våldsprevention (MVP)");
        assertThat(mvp.path()).isEqualTo("/metodbank/mvp");
        assertThat(catalogue.find("finns-inte")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    private List<String> planLinks(String user) {
        return loggedIn(user)
                .get("/metodbank/mvp")
                .document()
                .select(".plan-links a")
                .eachAttr("href");
    }
}
