package se.valdsprevention.core.method;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the method bank accepts as attachments: PDF, PNG and JPEG. A file is accepted only if both the
 * type its sender declares and the file's first bytes say the same kind; a renamed program is not a PDF.
 */
public enum AttachmentType {
    PDF("application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String label;
    private final byte[] magic;

    AttachmentType(String contentType, String label, byte[] magic) {
        this.contentType = contentType;
        this.label = label;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The name users know the type by. */
    public String label() {
        return label;
    }

    /** The accepted type for a declared content type (parameters such as {@code ;charset} ignored), if any. */
    public static Optional<AttachmentType> ofContentType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        String normalised = bare.equals("image/jpg") || bare.equals("image/pjpeg") ? "image/jpeg" : bare;
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(normalised))
                .findFirst();
    }

    /** Whether {@code content} starts with this type's signature. */
    public boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
