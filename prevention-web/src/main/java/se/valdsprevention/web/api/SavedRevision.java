package se.valdsprevention.web.api;

/** The answer to a stored document: the cycle it belongs to and its revision number there. */
record SavedRevision(String cycleId, int revision) {}
