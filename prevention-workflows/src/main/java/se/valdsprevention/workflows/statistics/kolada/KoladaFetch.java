package se.valdsprevention.workflows.statistics.kolada;

import java.util.List;

/** What one fetch brought from Kolada: the key figures' descriptions, their values, and how many requests it took. */
public record KoladaFetch(List<KoladaKpi> kpis, List<KoladaValue> values, int requests) {

    public KoladaFetch {
        kpis = List.copyOf(kpis);
        values = List.copyOf(values);
    }
}
