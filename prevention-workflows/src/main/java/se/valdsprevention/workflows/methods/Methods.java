package se.valdsprevention.workflows.methods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.method.AttachmentType;
import se.valdsprevention.core.method.Method;
import se.valdsprevention.core.method.MethodAttachment;
import se.valdsprevention.core.method.MethodBank;
import se.valdsprevention.core.validation.ValidationException;

/**
 * The county's method bank, as revisions in {@code prevention_method_revision} and attached files in
 * {@code prevention_method_attachment}, both in the engine's database so that every node of a cluster sees the
 * same bank. Nothing is overwritten: every save adds a revision with its author and time, and a save based on an
 * older revision than the newest is refused ({@link StaleMethodRevision}).
 *
 * <p>Each revision's document is a method bank of that one method, so that it carries the bank's {@code
 * schemaVersion} and a later version of the library knows what it reads.
 */
public class Methods {

    private static final String COLUMNS = "method_id, revision, document, author, recorded_at";

    private final JdbcTemplate jdbc;
    private final DomainJson json;
    private final TransactionTemplate transactions;

    public Methods(JdbcTemplate jdbc, DomainJson json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * Saves {@code method} as its next revision.
     *
     * @param basedOn the revision the change was made on; 0 for a new method
     * @throws StaleMethodRevision when the newest revision is not {@code basedOn}; nothing is saved
     */
    public MethodRevision save(Method method, int basedOn, String author, Instant at) {
        Objects.requireNonNull(method, "method");
        requireText(author, "author");
        Objects.requireNonNull(at, "at");
        try {
            return transactions.execute(status -> append(method, basedOn, author, at));
        } catch (DuplicateKeyException e) {
            throw new StaleMethodRevision(
                    method.id(), basedOn, latest(method.id()).orElse(null));
        }
    }

    /**
     * Stores a file and adds it to the newest revision of the method, as one transaction.
     *
     * @throws ValidationException (path {@code file}, Swedish message) when the file is empty, not of an accepted
     *     type, or its content is not what its declared type says
     * @throws IllegalArgumentException when there is no such method
     * @throws StaleMethodRevision when someone saved the method at the same moment; nothing is saved
     */
    public MethodRevision attach(
            String methodId, String fileName, String declaredType, byte[] content, String author, Instant at) {
        requireText(author, "author");
        Objects.requireNonNull(at, "at");
        AttachmentType type = checkedType(declaredType, content);
        String name = plainFileName(fileName, type);
        try {
            return transactions.execute(status -> {
                MethodRevision latest =
                        latest(methodId).orElseThrow(() -> new IllegalArgumentException("No method " + methodId));
                var attachment =
                        new MethodAttachment(UUID.randomUUID().toString(), name, type.contentType(), content.length);
                Method changed = latest.method().withAttachment(attachment);
                jdbc.update(
                        "INSERT INTO prevention_method_attachment (id, method_id, file_name, content_type, size_bytes, "
                                + "content, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        attachment.id(),
                        methodId,
                        attachment.fileName(),
                        attachment.contentType(),
                        attachment.size(),
                        content,
                        author,
                        Timestamp.from(at));
                return append(changed, latest.revision(), author, at);
            });
        } catch (DuplicateKeyException e) {
            throw new StaleMethodRevision(methodId, -1, latest(methodId).orElse(null));
        }
    }

    /** The newest revision of a method. */
    public Optional<MethodRevision> latest(String methodId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM prevention_method_revision WHERE method_id = ? "
                                + "ORDER BY revision DESC",
                        this::revision,
                        methodId)
                .stream()
                .findFirst();
    }

    /** Every revision of a method, oldest first. */
    public List<MethodRevision> history(String methodId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_method_revision WHERE method_id = ? ORDER BY revision",
                this::revision,
                methodId);
    }

    /** The newest revision of every method. */
    public List<MethodRevision> latestOfAll() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM prevention_method_revision r WHERE revision = "
                        + "(SELECT MAX(revision) FROM prevention_method_revision WHERE method_id = r.method_id) "
                        + "ORDER BY method_id",
                this::revision);
    }

    /** The bank as it is now: the newest revision of every method. */
    public MethodBank bank() {
        return new MethodBank(latestOfAll().stream().map(MethodRevision::method).toList());
    }

    /** How many methods the bank holds. */
    public long count() {
        Long count =
                jdbc.queryForObject("SELECT COUNT(DISTINCT method_id) FROM prevention_method_revision", Long.class);
        return count == null ? 0 : count;
    }

    /** A file attached to the method, with its bytes. */
    public Optional<AttachmentFile> attachment(String methodId, String attachmentId) {
        return jdbc
                .query(
                        "SELECT id, method_id, file_name, content_type, size_bytes, content, author, recorded_at "
                                + "FROM prevention_method_attachment WHERE id = ? AND method_id = ?",
                        (row, n) -> new AttachmentFile(
                                row.getString("method_id"),
                                new MethodAttachment(
                                        row.getString("id"),
                                        row.getString("file_name"),
                                        row.getString("content_type"),
                                        row.getLong("size_bytes")),
                                row.getBytes("content"),
                                row.getString("author"),
                                row.getTimestamp("recorded_at").toInstant()),
                        attachmentId,
                        methodId)
                .stream()
                .findFirst();
    }

    /**
     * Adds each method that the bank does not hold yet as its first revision, all in one transaction, but only when
     * the bank is empty. When another node adds them at the same moment, the unique key refuses this node's rows,
     * its transaction rolls back and nothing is added twice.
     *
     * @return how many methods were added
     */
    public int addAllIfEmpty(List<Method> methods, String author, Instant at) {
        try {
            Integer added = transactions.execute(status -> {
                if (count() > 0) {
                    return 0;
                }
                int n = 0;
                for (Method method : methods) {
                    if (latest(method.id()).isEmpty()) {
                        append(method, 0, author, at);
                        n++;
                    }
                }
                return n;
            });
            return added == null ? 0 : added;
        } catch (DuplicateKeyException e) {
            return 0;
        }
    }

    private MethodRevision append(Method method, int basedOn, String author, Instant at) {
        Integer last = jdbc.queryForObject(
                "SELECT MAX(revision) FROM prevention_method_revision WHERE method_id = ?", Integer.class, method.id());
        int newest = last == null ? 0 : last;
        if (newest != basedOn) {
            throw new StaleMethodRevision(
                    method.id(), basedOn, latest(method.id()).orElse(null));
        }
        int revision = newest + 1;
        jdbc.update(
                "INSERT INTO prevention_method_revision (id, method_id, revision, document, author, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                method.id(),
                revision,
                json.write(new MethodBank(List.of(method))),
                author,
                Timestamp.from(at));
        return new MethodRevision(method.id(), revision, method, author, at);
    }

    private static AttachmentType checkedType(String declaredType, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "Filen är tom. Välj en fil med innehåll.");
        }
        AttachmentType type = AttachmentType.ofContentType(declaredType)
                .orElseThrow(() -> ValidationException.of(
                        "file", "Bara PDF, PNG och JPEG kan bifogas. Filen var av typen " + shown(declaredType) + "."));
        if (!type.matches(content)) {
            throw ValidationException.of(
                    "file",
                    "Filen sägs vara " + type.label() + " men innehållet är inte en " + type.label()
                            + "-fil. Bara PDF, PNG och JPEG kan bifogas.");
        }
        return type;
    }

    /** The name without any folder, control characters or overlong tail; a name for the type if nothing is left. */
    static String plainFileName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty()) {
            name = "bilaga." + type.label().toLowerCase(java.util.Locale.ROOT);
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }

    private static String shown(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return "okänd";
        }
        return declaredType.length() <= 50 ? declaredType : declaredType.substring(0, 50) + "…";
    }

    private MethodRevision revision(ResultSet row, int rowNumber) throws SQLException {
        return new MethodRevision(
                row.getString("method_id"),
                row.getInt("revision"),
                json.read(row.getString("document"), MethodBank.class).methods().get(0),
                row.getString("author"),
                row.getTimestamp("recorded_at").toInstant());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank");
        }
    }
}
