package se.valdsprevention.workflows.checkin;

/** Someone saved the protocol after the revision a page was edited from; saving over it would lose their work. */
public class StaleProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MeetingRevision latest;

    StaleProtocolException(MeetingRevision latest) {
        super("The protocol has a newer revision " + latest.revision() + " by " + latest.author());
        this.latest = latest;
    }

    public MeetingRevision latest() {
        return latest;
    }
}
