package se.valdsprevention.workflows.statistics.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encodings Excel saves CSV in: "CSV UTF-8" (with a byte order mark), UTF-8 from other tools (without one) and
 * plain "CSV" on a Swedish Windows (Windows-1252). Anything that is not valid UTF-8 is read as Windows-1252.
 */
public enum TextEncoding {
    UTF_8_BOM("UTF-8 med BOM", StandardCharsets.UTF_8),
    UTF_8("UTF-8", StandardCharsets.UTF_8),
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"));

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    /** The encoding of {@code content}: by its byte order mark, else by whether it decodes as UTF-8. */
    static TextEncoding of(byte[] content) {
        if (startsWithBom(content)) {
            return UTF_8_BOM;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /** The text of {@code content} in this encoding, without a byte order mark. */
    String decode(byte[] content) {
        int skip = this == UTF_8_BOM ? BOM.length : 0;
        return new String(content, skip, content.length - skip, charset);
    }

    /** The byte order mark Excel looks for to read a file as UTF-8. */
    static byte[] bom() {
        return BOM.clone();
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }
}
