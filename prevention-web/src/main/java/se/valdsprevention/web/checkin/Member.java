package se.valdsprevention.web.checkin;

/** A registered member of the municipality's team, as the protocol's choices show them. */
public record Member(String id, String name, String role) {}
