package se.valdsprevention.core.situation;

/** The values of one indicator as they may be published; a value that was not given is null. */
public record PublishedValues(ShownValue women, ShownValue men, ShownValue total) {}
