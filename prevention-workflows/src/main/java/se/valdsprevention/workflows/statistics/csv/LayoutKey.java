package se.valdsprevention.workflows.statistics.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The layout of a file: the SHA-256 (hex) of its header cells, trimmed, lowercased and joined. Files exported the
 * same way (the same columns in the same order) have the same key, whatever their rows, so a column mapping saved
 * for one applies to the next.
 */
public record LayoutKey(String value) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final String SEPARATOR = "\u001f";

    public LayoutKey {
        if (value == null || !HEX_SHA_256.matcher(value).matches()) {
            throw new IllegalArgumentException("value: a layout key is 64 lowercase hex digits, got " + value);
        }
    }

    /** The key of a file with these header cells. */
    public static LayoutKey of(List<String> header) {
        String normalized = header.stream().map(LayoutKey::normalized).collect(Collectors.joining(SEPARATOR));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return new LayoutKey(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A header cell as it counts for the layout and for guessing: composed (NFC), trimmed, lowercase. */
    static String normalized(String cell) {
        return Normalizer.normalize(cell == null ? "" : cell, Normalizer.Form.NFC)
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
