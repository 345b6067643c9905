package se.valdsprevention.workflows.methods;

import java.time.Instant;
import se.valdsprevention.core.method.Method;

/** One saved state of a method in the bank, with who saved it and when. */
public record MethodRevision(String methodId, int revision, Method method, String author, Instant recordedAt) {}
