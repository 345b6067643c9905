package se.valdsprevention.web.methods;

/** "Använd i handlingsplanen": a municipality whose action plan the user may add the method to, and the address. */
public record PlanLink(String municipalityCode, String municipalityName, String path) {}
