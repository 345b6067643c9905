package se.valdsprevention.workflows.statistics.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub.Reply;

/** The client against a local Kolada stub: paging, batching, missing values, retries and every way it can fail. */
class KoladaClientTest {

    static final String VIOLENCE = "N07403";
    static final String AGGRAVATED = "N07402";

    final KoladaStub kolada = KoladaStub.start();
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        kolada.close();
    }

    KoladaClient client(KoladaSettings settings) {
        return new KoladaClient(settings, Throttle.perSecond(1000), waits::add);
    }

    KoladaClient client() {
        return client(KoladaSettings.of(kolada.baseUrl()));
    }

    @Test
    void followsNextUrlUntilItIsNullAndMapsTheGenders() {
        var fetch = client(KoladaSettings.of(kolada.baseUrl()).withPerPage(2))
                .fetch(List.of(VIOLENCE), List.of("2417", "2422", "2462"), List.of(2023, 2024));

        assertThat(kolada.dataRequests())
                .containsExactly(
                        "/v3/data/kpi/N07403/municipality/2417,2422,2462/year/2023,2024?per_page=2",
                        "/v3/data/kpi/N07403/municipality/2417,2422,2462/year/2023,2024?page=2&per_page=2",
                        "/v3/data/kpi/N07403/municipality/2417,2422,2462/year/2023,2024?page=3&per_page=2");
        assertThat(fetch.requests()).isEqualTo(4);
        assertThat(fetch.kpis())
                .extracting(KoladaKpi::id, KoladaKpi::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VIOLENCE, "Nyckeltal N07403"));
        assertThat(fetch.values()).hasSize(3 * 2 * 3);
        assertThat(fetch.values())
                .contains(
                        new KoladaValue(VIOLENCE, "2462", 2024, Gender.WOMEN, expected("2462", 2024, Gender.WOMEN)),
                        new KoladaValue(VIOLENCE, "2462", 2024, Gender.MEN, expected("2462", 2024, Gender.MEN)),
                        new KoladaValue(VIOLENCE, "2462", 2024, Gender.TOTAL, expected("2462", 2024, Gender.TOTAL)));
    }

    static BigDecimal expected(String municipality, int year, Gender gender) {
        return BigDecimal.valueOf(KoladaStub.value(VIOLENCE, municipality, year, gender))
                .add(new BigDecimal("0.5"));
    }

    @Test
    void keepsAMissingValueMissingAndNeverZero() {
        kolada.missingForWomen(VIOLENCE, "2463", 2024);

        var values = client().fetch(List.of(VIOLENCE), List.of("2463"), List.of(2024))
                .values();

        var women = values.stream()
                .filter(v -> v.gender() == Gender.WOMEN)
                .findFirst()
                .orElseThrow();
        assertThat(women.missing()).isTrue();
        assertThat(women.number()).isEmpty();
        assertThat(women.value()).isNull();
        var men = values.stream()
                .filter(v -> v.gender() == Gender.MEN)
                .findFirst()
                .orElseThrow();
        assertThat(men.number()).contains(expected("2463", 2024, Gender.MEN));
    }

    @Test
    void waitsAsKoladaAsksAfter429AndTriesAgain() {
        kolada.then(Reply.tooManyRequests("2"));

        var fetch = client().fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024));

        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(fetch.requests()).isEqualTo(3);
        assertThat(fetch.values()).hasSize(3);
    }

    @Test
    void triesAServerErrorAgainWithADoublingWait() {
        kolada.then(Reply.status(500), Reply.status(503), Reply.tooManyRequests("not a number"));

        var fetch = client().fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024));

        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(fetch.values()).hasSize(3);
    }

    @Test
    void givesUpOnAPersistentServerErrorAfterTheConfiguredRetries() {
        kolada.then(Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(500));

        assertThatThrownBy(() -> client().fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024)))
                .isInstanceOfSatisfying(
                        KoladaUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(KoladaUnavailableException.Reason.SERVER_ERROR))
                .hasMessage("Kolada svarar med ett serverfel (HTTP 500), även efter 3 nya försök. Försök igen senare.");
        assertThat(kolada.requests()).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void givesUpOnPersistent429WithItsOwnMessage() {
        kolada.then(Reply.tooManyRequests("1"), Reply.tooManyRequests("1"));

        assertThatThrownBy(() -> client(KoladaSettings.of(kolada.baseUrl()).withMaxRetries(1))
                        .fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024)))
                .isInstanceOf(KoladaUnavailableException.class)
                .hasMessage("Kolada tar inte emot fler frågor just nu (HTTP 429), inte heller efter 1 nya försök."
                        + " Försök igen om en stund.");
    }

    @Test
    void saysInSwedishThatKoladaDoesNotAnswerWhenTheRequestTimesOut() {
        kolada.then(Reply.hanging());
        var impatient = client(KoladaSettings.of(kolada.baseUrl()).withRequestTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> impatient.fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024)))
                .isInstanceOfSatisfying(
                        KoladaUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(KoladaUnavailableException.Reason.TIMEOUT))
                .hasMessage("Kolada svarar inte just nu (tidsgräns 0,3 s). Försök igen senare.");
        assertThat(kolada.requests()).hasSize(1);
    }

    @Test
    void saysInSwedishThatKoladaCannotBeReached() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var nowhere = client(KoladaSettings.of(URI.create("http://127.0.0.1:" + closedPort + "/v3")));

        assertThatThrownBy(() -> nowhere.fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024)))
                .isInstanceOfSatisfying(
                        KoladaUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(KoladaUnavailableException.Reason.UNREACHABLE))
                .hasMessage("Det går inte att nå Kolada (127.0.0.1) just nu."
                        + " Kontrollera nätverksanslutningen eller försök igen senare.");
    }

    @Test
    void refusesAnAnswerThatIsNotJson() {
        kolada.then(Reply.body("{\"values\": [{\"kpi\": \"N07403\""));

        assertThatThrownBy(() -> client().kpis(List.of(VIOLENCE)))
                .isInstanceOf(KoladaResponseException.class)
                .hasMessage("Kolada svarade med något som inte går att läsa som nyckeltal (ogiltig JSON)."
                        + " Försök igen senare; kvarstår felet kan Koladas API ha ändrats.");
    }

    @Test
    void refusesJsonThatIsNotKoladasShape() {
        kolada.then(Reply.body("{\"data\": []}"));
        assertThatThrownBy(() -> client().kpis(List.of(VIOLENCE)))
                .isInstanceOf(KoladaResponseException.class)
                .hasMessageContaining("svaret saknar listan values");

        kolada.then(
                Reply.generated(),
                Reply.body("{\"values\":[{\"kpi\":\"N07403\",\"municipality\":\"2417\",\"period\":2024,"
                        + "\"values\":[{\"gender\":\"X\",\"status\":\"\",\"value\":3}]}],\"next_url\":null}"));
        assertThatThrownBy(() -> client().fetch(List.of(VIOLENCE), List.of("2417"), List.of(2024)))
                .isInstanceOf(KoladaResponseException.class)
                .hasMessageContaining("okänt kön 'X'");
    }

    @Test
    void namesAKpiKoladaAnswersWithAnEmptyList() {
        kolada.unknown("N99999");

        assertThatThrownBy(() -> client().fetch(List.of(VIOLENCE, "N99999"), List.of("2417"), List.of(2024)))
                .isInstanceOfSatisfying(
                        KoladaUnknownKpiException.class,
                        e -> assertThat(e.ids()).containsExactly("N99999"))
                .hasMessage(
                        "Kolada känner inte till nyckeltalet N99999. Kontrollera id:t i länets mall för indikatorer.");
        assertThat(kolada.dataRequests()).isEmpty();
    }

    @Test
    void namesAKpiKoladaAnswersWith404() {
        kolada.unknown("N99999").notFound();

        assertThatThrownBy(() -> client().fetch(List.of("N99999"), List.of("2417"), List.of(2024)))
                .isInstanceOfSatisfying(
                        KoladaUnknownKpiException.class,
                        e -> assertThat(e.ids()).containsExactly("N99999"))
                .hasMessageStartingWith("Kolada känner inte till nyckeltalet N99999.");
    }

    @Test
    void asksForAtMost25KpisAndMunicipalitiesInOneRequest() {
        List<String> kpis = IntStream.rangeClosed(1, 26)
                .mapToObj(i -> String.format("N%05d", 7400 + i))
                .toList();
        List<String> municipalities = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> String.valueOf(2400 + i))
                .toList();

        var fetch = client().fetch(kpis, municipalities, List.of(2023, 2024));

        assertThat(kolada.requests().stream().filter(path -> path.startsWith("/v3/kpi/")))
                .containsExactly(
                        "/v3/kpi/" + String.join(",", kpis.subList(0, 25)) + "?per_page=5000",
                        "/v3/kpi/" + kpis.get(25) + "?per_page=5000");
        assertThat(askedForOnceEach(kolada.dataRequests(), 2 * 3)).hasSize(26 * 51 * 2);
        assertThat(fetch.values()).hasSize(26 * 51 * 2 * 3);
    }

    @Test
    void asksForAtMost25YearsInOneRequest() {
        List<Integer> years = IntStream.rangeClosed(1999, 2024).boxed().toList();

        var fetch = client().fetch(List.of(VIOLENCE), List.of("2417"), years);

        assertThat(askedForOnceEach(kolada.dataRequests(), 2)).hasSize(26);
        assertThat(fetch.values()).hasSize(26 * 3);
    }

    /** Checks that no path segment holds more than 25 ids and no combination is asked twice; returns those asked. */
    static Set<String> askedForOnceEach(List<String> dataRequests, int expectedRequests) {
        assertThat(dataRequests).hasSize(expectedRequests);
        Set<String> askedFor = new HashSet<>();
        for (String request : dataRequests) {
            String[] segments = request.substring(0, request.indexOf('?')).split("/");
            List<String> kpiSegment = Arrays.asList(segments[4].split(","));
            List<String> municipalitySegment = Arrays.asList(segments[6].split(","));
            List<String> yearSegment = Arrays.asList(segments[8].split(","));
            assertThat(kpiSegment).hasSizeLessThanOrEqualTo(25);
            assertThat(municipalitySegment).hasSizeLessThanOrEqualTo(25);
            assertThat(yearSegment).hasSizeLessThanOrEqualTo(25);
            for (String kpi : kpiSegment) {
                for (String municipality : municipalitySegment) {
                    for (String year : yearSegment) {
                        assertThat(askedFor.add(kpi + "/" + municipality + "/" + year))
                                .as("asked twice")
                                .isTrue();
                    }
                }
            }
        }
        return askedFor;
    }
}
