package se.valdsprevention.core.meeting;

import java.time.LocalDate;
import java.util.List;
import se.valdsprevention.core.county.CountyFixtures;

/** The March 2025 check-in with Norsjö. */
public final class MeetingFixtures {

    public static final LocalDate MEETING_DAY = LocalDate.of(2025, 3, 12);

    private MeetingFixtures() {}

    public static MeetingAction homework() {
        return new MeetingAction(
                "collect-school-survey",
                "Ta fram skolenkätens resultat uppdelat på flickor och pojkar.",
                "erik",
                LocalDate.of(2025, 4, 9),
                ActionStatus.OPEN);
    }

    public static Meeting checkIn() {
        return new Meeting(
                "2417-2025-03",
                CountyFixtures.NORSJO,
                MEETING_DAY,
                List.of("Uppföljning av hemuppgifter", "Lägesbildens indikatorer"),
                List.of(
                        new Attendance("anna", AttendanceStatus.PRESENT, null),
                        new Attendance("erik", AttendanceStatus.ABSENT, null),
                        new Attendance("lena", AttendanceStatus.SUBSTITUTE, "Per Nord")),
                "Teamet valde att börja med skolans statistik.",
                List.of(homework()));
    }
}
