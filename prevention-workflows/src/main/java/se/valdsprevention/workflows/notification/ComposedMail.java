package se.valdsprevention.workflows.notification;

/** A mail as it goes out: one-line subject, plain text and HTML. */
public record ComposedMail(String subject, String text, String html) {}
