package se.valdsprevention.web.api;

import java.time.Instant;

/** A revision as the API shows it: where and by whom it was saved, and the document as it may be shown. */
record StoredDocument<T>(String cycleId, int revision, String author, Instant recordedAt, T document) {}
