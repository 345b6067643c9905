package se.valdsprevention.workflows.statistics.kolada;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A county-wide fetch, 10 KPIs × 290 municipalities × 5 years, against the local stub at the default rate of 5
 * requests a second (real waits, as in production). Not a timed assertion: it prints the time and the request count.
 * Excluded from the build by its tag; run with {@code ./mvnw verify -pl prevention-workflows -am
 * -Dtest=KoladaCountyFetchBenchmark -DexcludedGroups=none -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class KoladaCountyFetchBenchmark {

    static final List<String> KPIS = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> String.format("N%05d", 7400 + i))
            .toList();
    static final List<String> MUNICIPALITIES = IntStream.range(0, 290)
            .mapToObj(i -> String.format("%04d", 114 + i * 8))
            .toList();
    static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024);

    @Test
    void measure() {
        try (var stub = KoladaStub.start()) {
            measure(stub, KoladaSettings.of(stub.baseUrl()));
        }
        try (var stub = KoladaStub.start()) {
            measure(stub, KoladaSettings.of(stub.baseUrl()).withPerPage(500));
        }
    }

    private static void measure(KoladaStub stub, KoladaSettings settings) {
        var client = new KoladaClient(settings);
        long start = System.nanoTime();
        var fetch = client.fetch(KPIS, MUNICIPALITIES, YEARS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "County-wide fetch, %d KPIs x %d municipalities x %d years at %.0f requests/s, per_page %d:"
                        + " %d values in %d requests (%d to the stub) in %.2f s%n",
                KPIS.size(),
                MUNICIPALITIES.size(),
                YEARS.size(),
                settings.requestsPerSecond(),
                settings.perPage(),
                fetch.values().size(),
                fetch.requests(),
                stub.requests().size(),
                seconds);
    }
}
