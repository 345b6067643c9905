package se.valdsprevention.workflows.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;
import se.valdsprevention.workflows.schema.PreventionSchema;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub.Reply;

/**
 * The county-wide fetch against a local Kolada and an H2 database: what it stores, how it reports progress, what a
 * failure keeps, and that a second fetch cannot start while one runs, on this node or another.
 */
class CountyStatisticsFetchTest {

    static final String VIOLENCE = "N07403";
    static final String AGGRAVATED = "N07402";
    static final List<String> FOUR = List.of("2417", "2422", "2462", "2463");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024, 2025);

    final KoladaStub kolada = KoladaStub.start();
    final DataSource dataSource = new SimpleDriverDataSource(
            new org.h2.Driver(), "jdbc:h2:mem:fetch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    final FetchRuns runs = new FetchRuns(jdbc);
    final KoladaValues values = new KoladaValues(jdbc);
    final KoladaProperties template = new KoladaProperties();

    @BeforeEach
    void migrate() {
        new PreventionSchema(dataSource).afterPropertiesSet();
        ClockUtil.setCurrentTime(Date.from(NOW));
        template.setBaseUrl(kolada.baseUrl().toString());
        template.setMaxRetries(1);
        template.setInitialBackoff(Duration.ofMillis(1));
        template.setMaxBackoff(Duration.ofMillis(1));
        template.setRequestsPerSecond(50);
        template.setIndicators(new ArrayList<>(List.of(
                indicator(VIOLENCE, "Anmälda våldsbrott", Unit.PER_100K),
                indicator(AGGRAVATED, "Grov kvinnofridskränkning", Unit.PER_100K))));
    }

    @AfterEach
    void stop() {
        kolada.close();
        ClockUtil.reset();
    }

    static IndicatorProperties indicator(String id, String name, Unit unit) {
        var indicator = new IndicatorProperties();
        indicator.setId(id);
        indicator.setName(name);
        indicator.setUnit(unit);
        indicator.setPersonBased(true);
        return indicator;
    }

    static CountyProperties county(List<String> codes) {
        var county = new CountyProperties();
        county.setCode("24");
        county.setName("Västerbotten");
        county.setMunicipalities(codes.stream()
                .map(code -> {
                    var municipality = new MunicipalityProperties();
                    municipality.setCode(code);
                    municipality.setName("Kommun " + code);
                    return municipality;
                })
                .toList());
        return county;
    }

    CountyFetch fetch(List<String> municipalities, FetchThread thread) {
        return new CountyFetch(
                new KoladaClient(template.settings()),
                template,
                county(municipalities),
                runs,
                values,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                thread);
    }

    FetchRun ended(FetchRun started) {
        return runs.find(started.id()).orElseThrow();
    }

    int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM prevention_kolada_value", Integer.class);
    }

    @Test
    void aFullFetchStoresEveryValueOfTheLastFiveYearsAndReachesDone() {
        kolada.missingForWomen(VIOLENCE, "2463", 2025);

        FetchRun run = ended(fetch(FOUR, FetchThread.inline()).start("county-24"));

        assertThat(run.status()).isEqualTo(FetchStatus.SUCCEEDED);
        assertThat(run.doneSteps()).isEqualTo(2).isEqualTo(run.totalSteps());
        assertThat(run.startedBy()).isEqualTo("county-24");
        assertThat(run.finishedAt()).isEqualTo(NOW);
        assertThat(List.of(run.firstYear(), run.lastYear())).containsExactly(2021, 2025);
        assertThat(kolada.dataRequests())
                .containsExactly(
                        "/v3/data/kpi/N07403/municipality/2417,2422,2462,2463/year/2021,2022,2023,2024,2025"
                                + "?per_page=5000",
                        "/v3/data/kpi/N07402/municipality/2417,2422,2462,2463/year/2021,2022,2023,2024,2025"
                                + "?per_page=5000");
        assertThat(stored()).isEqualTo(2 * 4 * 5 * 3);
        List<StoredValue> newest = values.ofYear(List.of(VIOLENCE, AGGRAVATED), 2025);
        assertThat(newest).hasSize(2 * 4 * 3);
        assertThat(newest)
                .filteredOn(v -> v.kpi().equals(VIOLENCE) && v.municipality().equals("2463"))
                .extracting(StoredValue::gender, StoredValue::missing)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Gender.WOMEN, true),
                        org.assertj.core.groups.Tuple.tuple(Gender.MEN, false),
                        org.assertj.core.groups.Tuple.tuple(Gender.TOTAL, false));
        assertThat(newest)
                .filteredOn(v -> v.kpi().equals(VIOLENCE) && v.municipality().equals("2417"))
                .filteredOn(v -> v.gender() == Gender.TOTAL)
                .extracting(v -> v.value().stripTrailingZeros())
                .containsExactly(new java.math.BigDecimal(KoladaStub.value(VIOLENCE, "2417", 2025, Gender.TOTAL))
                        .add(new java.math.BigDecimal("0.5"))
                        .stripTrailingZeros());
        assertThat(values.newestYearWithNumber(List.of(VIOLENCE))).contains(2025);
    }

    @Test
    void aCountyOfThirtyMunicipalitiesIsAskedForInBatchesOfAtMostTwentyFive() {
        List<String> thirty = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> String.format("24%02d", i))
                .toList();

        FetchRun run = ended(fetch(thirty, FetchThread.inline()).start("county-24"));

        assertThat(run.totalSteps()).isEqualTo(4);
        assertThat(run.doneSteps()).isEqualTo(4);
        assertThat(kolada.dataRequests())
                .hasSize(4)
                .allSatisfy(path -> assertThat(path.split("/")[6].split(",")).hasSizeLessThanOrEqualTo(25));
        assertThat(stored()).isEqualTo(2 * 30 * 5 * 3);
    }

    @Test
    void kolada500EndsTheFetchAsFailedWithItsSwedishMessageAndKeepsTheBatchesSaved() {
        kolada.then(Reply.generated(), Reply.generated()).failWith(500);

        FetchRun run = ended(fetch(FOUR, FetchThread.inline()).start("county-24"));

        assertThat(run.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(run.errorMessage())
                .isEqualTo("Kolada svarar med ett serverfel (HTTP 500), även efter 1 nya försök. Försök igen senare.");
        assertThat(run.doneSteps()).isEqualTo(1);
        assertThat(values.ofYear(List.of(VIOLENCE), 2025)).hasSize(4 * 3);
        assertThat(values.ofYear(List.of(AGGRAVATED), 2025)).isEmpty();
        assertThat(runs.running()).isEmpty();
    }

    @Test
    void aNewFetchReplacesTheStoredValuesInsteadOfAddingToThem() {
        fetch(FOUR, FetchThread.inline()).start("county-24");
        kolada.missingForWomen(AGGRAVATED, "2417", 2024);

        fetch(FOUR, FetchThread.inline()).start("county-24");

        assertThat(stored()).isEqualTo(2 * 4 * 5 * 3);
        assertThat(values.ofYear(List.of(AGGRAVATED), 2024))
                .filteredOn(v -> v.municipality().equals("2417") && v.gender() == Gender.WOMEN)
                .singleElement()
                .satisfies(v -> assertThat(v.missing()).isTrue());
    }

    @Test
    void aSecondStartIsRefusedWhileAFetchRunsOnThisNodeOrAnother() {
        List<Runnable> held = new ArrayList<>();
        CountyFetch first = fetch(FOUR, FetchThread.on(held::add));
        CountyFetch otherNode = fetch(FOUR, FetchThread.inline());
        FetchRun running = first.start("county-24");

        assertThatThrownBy(() -> first.start("admin"))
                .isInstanceOf(FetchRefused.class)
                .hasMessage("En hämtning från Kolada pågår redan (startad av county-24). Vänta tills den är klar"
                        + " innan du startar en ny.");
        assertThatThrownBy(() -> otherNode.start("admin")).isInstanceOf(FetchRefused.class);
        assertThat(runs.running()).map(FetchRun::id).contains(running.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prevention_kolada_fetch_run", Integer.class))
                .isEqualTo(1);

        held.forEach(Runnable::run);

        assertThat(ended(running).status()).isEqualTo(FetchStatus.SUCCEEDED);
        assertThat(ended(otherNode.start("admin")).status()).isEqualTo(FetchStatus.SUCCEEDED);
    }

    @Test
    void aFetchWhoseNodeFellSilentIsEndedAndCannotSaveLaterBatches() {
        List<Runnable> held = new ArrayList<>();
        FetchRun silent = fetch(FOUR, FetchThread.on(held::add)).start("county-24");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(CountyFetch.ABANDONED_AFTER).plusSeconds(1)));
        List<Runnable> heldToo = new ArrayList<>();

        FetchRun next = fetch(FOUR, FetchThread.on(heldToo::add)).start("admin");
        held.forEach(Runnable::run);

        assertThat(ended(silent).status()).isEqualTo(FetchStatus.FAILED);
        assertThat(ended(silent).errorMessage()).isEqualTo(FetchRuns.ABANDONED);
        assertThat(ended(silent).doneSteps()).isZero();
        assertThat(stored()).isZero();
        assertThat(runs.running()).map(FetchRun::id).contains(next.id());
    }

    @Test
    void aTemplateWithoutIndicatorsHasNothingToFetch() {
        template.setIndicators(new ArrayList<>());
        CountyFetch fetch = fetch(FOUR, FetchThread.inline());

        assertThat(fetch.hasTemplate()).isFalse();
        assertThatThrownBy(() -> fetch.start("county-24"))
                .isInstanceOf(FetchRefused.class)
                .hasMessageStartingWith("Länets mall har inga indikatorer från Kolada");
        assertThat(runs.latest()).isEmpty();
        assertThat(kolada.requests()).isEmpty();
    }
}
