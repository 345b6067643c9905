package se.valdsprevention.web.checkin;

import java.util.List;

/** A protocol as it is read: the meeting's latest revision, members by their names. */
public record HeldProtocol(
        String code,
        String municipalityName,
        String date,
        List<String> agenda,
        List<Line> attendance,
        String notes,
        List<ActionLine> actions,
        String savedBy,
        String savedAt,
        int revision) {

    public record Line(String name, String status) {}

    public record ActionLine(int number, String description, String owner, String dueDate, String status) {}
}
