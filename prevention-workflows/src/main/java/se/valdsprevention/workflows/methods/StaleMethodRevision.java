package se.valdsprevention.workflows.methods;

/**
 * A save based on an older revision of a method than the newest one (someone else saved in between), or a new
 * method whose id is already taken. Nothing was saved.
 */
public final class StaleMethodRevision extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String methodId;
    private final int basedOn;
    private final transient MethodRevision current;

    StaleMethodRevision(String methodId, int basedOn, MethodRevision current) {
        super("Method " + methodId + " was saved based on revision " + basedOn + ", but the newest is "
                + (current == null ? "unknown" : current.revision()));
        this.methodId = methodId;
        this.basedOn = basedOn;
        this.current = current;
    }

    public String methodId() {
        return methodId;
    }

    /** The revision the refused save was based on; 0 for a new method. */
    public int basedOn() {
        return basedOn;
    }

    /** The newest revision when the save was refused, if it could be read. */
    public MethodRevision current() {
        return current;
    }
}
