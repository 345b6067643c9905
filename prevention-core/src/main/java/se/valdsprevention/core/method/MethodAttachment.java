package se.valdsprevention.core.method;

import se.valdsprevention.core.validation.Violations;

/**
 * What the method bank knows of a file attached to a method (the file itself is stored beside the method): its
 * name as uploaded, its type (PDF, PNG or JPEG) and size in bytes.
 */
public record MethodAttachment(String id, String fileName, String contentType, long size) {

    public MethodAttachment {
        var v = new Violations();
        v.requireId(id, "id");
        if (v.requireText(fileName, "fileName", Violations.NAME_MAX)) {
            v.require(
                    fileName.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c)),
                    "fileName",
                    "Filnamnet får inte innehålla snedstreck eller styrtecken.");
        }
        v.require(
                AttachmentType.ofContentType(contentType)
                        .map(t -> t.contentType().equals(contentType))
                        .orElse(false),
                "contentType",
                "Bara PDF, PNG och JPEG kan bifogas.");
        v.require(size > 0, "size", "En bilaga kan inte vara tom.");
        v.throwIfAny();
    }
}
