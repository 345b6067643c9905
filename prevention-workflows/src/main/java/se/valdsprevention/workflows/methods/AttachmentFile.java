package se.valdsprevention.workflows.methods;

import java.time.Instant;
import se.valdsprevention.core.method.MethodAttachment;

/** A file attached to a method: what the method says of it, and its bytes. */
public record AttachmentFile(
        String methodId, MethodAttachment attachment, byte[] content, String author, Instant recordedAt) {}
