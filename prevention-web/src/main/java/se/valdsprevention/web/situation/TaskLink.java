package se.valdsprevention.web.situation;

/** An open task of the user for this document, opened in Tasklist. */
public record TaskLink(String name, String url) {}
