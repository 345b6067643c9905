package se.valdsprevention.workflows.statistics.kolada;

/** A key figure (nyckeltal) as Kolada describes it: id, Swedish title and description, whether split by gender. */
public record KoladaKpi(String id, String title, String description, boolean dividedByGender) {}
