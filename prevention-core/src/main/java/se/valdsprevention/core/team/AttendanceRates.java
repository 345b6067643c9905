package se.valdsprevention.core.team;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.validation.Violations;

/**
 * How often each member of a team came to the newest {@code lastN} check-ins of its municipality, per member (by
 * id) and per department (in enum order). A member is expected at a check-in held while they were active; a
 * substitute standing in is counted apart from attendance, and a member who is marked absent or not listed was
 * absent. Attendance of people outside the team, or at check-ins where the member was not expected, is ignored.
 *
 * @param meetingIds the check-ins counted, oldest first (fewer than {@code lastN} when there were fewer)
 */
public record AttendanceRates(
        String municipalityCode,
        int lastN,
        List<String> meetingIds,
        Map<String, Tally> byMember,
        Map<Department, Tally> byDepartment) {

    private static final Comparator<Meeting> BY_DATE =
            Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

    public AttendanceRates {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        requireLastN(v, lastN);
        meetingIds = v.list(meetingIds, "meetingIds");
        v.require(meetingIds.size() <= lastN, "meetingIds", "får innehålla högst " + lastN + " avstämningar (lastN)");
        requireTallies(v, byMember, "byMember");
        requireTallies(v, byDepartment, "byDepartment");
        v.throwIfAny();
        byMember = Collections.unmodifiableMap(new TreeMap<>(byMember));
        var departments = new EnumMap<Department, Tally>(Department.class);
        departments.putAll(byDepartment);
        byDepartment = Collections.unmodifiableMap(departments);
    }

    /**
     * The attendance of {@code team} at the newest {@code lastN} check-ins of its municipality among
     * {@code meetings} (in any order; check-ins of other municipalities are skipped).
     *
     * @throws se.valdsprevention.core.validation.ValidationException at {@code lastN} when it is below 1
     */
    public static AttendanceRates of(Team team, List<Meeting> meetings, int lastN) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(meetings, "meetings");
        var v = new Violations();
        requireLastN(v, lastN);
        v.throwIfAny();
        List<Meeting> ofMunicipality = meetings.stream()
                .filter(meeting -> meeting.municipalityCode().equals(team.municipalityCode()))
                .sorted(BY_DATE)
                .toList();
        List<Meeting> newest =
                ofMunicipality.subList(Math.max(0, ofMunicipality.size() - lastN), ofMunicipality.size());
        Map<String, Tally> byMember = new TreeMap<>();
        Map<Department, Tally> byDepartment = new EnumMap<>(Department.class);
        for (TeamMember member : team.members()) {
            Tally tally = Tally.of(member, newest);
            byMember.put(member.id(), tally);
            byDepartment.merge(member.department(), tally, Tally::plus);
        }
        return new AttendanceRates(
                team.municipalityCode(), lastN, newest.stream().map(Meeting::id).toList(), byMember, byDepartment);
    }

    private static void requireLastN(Violations v, int lastN) {
        v.require(lastN >= 1, "lastN", "måste vara minst 1 (nu " + lastN + ")");
    }

    private static void requireTallies(Violations v, Map<?, Tally> tallies, String path) {
        if (v.requireNonNull(tallies, path)) {
            tallies.forEach((key, tally) -> {
                v.require(key != null, path, "får inte ha en tom nyckel");
                v.require(tally != null, path + "[" + key + "]", "måste fyllas i");
            });
        }
    }

    /**
     * Check-ins someone was expected at, how many they attended in person, how many a substitute attended for them,
     * and the rest ({@link #absent()}) they missed.
     */
    public record Tally(int expected, int attended, int substituted) {

        public Tally {
            var v = new Violations();
            v.requireNonNegative(expected, "expected");
            v.requireNonNegative(attended, "attended");
            v.requireNonNegative(substituted, "substituted");
            v.require(
                    attended + substituted <= expected,
                    "attended",
                    "närvarande (" + attended + ") och ersättare (" + substituted
                            + ") får inte vara fler än förväntade (" + expected + ")");
            v.throwIfAny();
        }

        static Tally of(TeamMember member, List<Meeting> meetings) {
            int expected = 0;
            int attended = 0;
            int substituted = 0;
            for (Meeting meeting : meetings) {
                if (!member.activeOn(meeting.date())) {
                    continue;
                }
                expected++;
                switch (status(member, meeting)) {
                    case PRESENT -> attended++;
                    case SUBSTITUTE -> substituted++;
                    case ABSENT -> {
                        // neither attended nor substituted
                    }
                }
            }
            return new Tally(expected, attended, substituted);
        }

        private static AttendanceStatus status(TeamMember member, Meeting meeting) {
            return meeting.attendance().stream()
                    .filter(attendance -> attendance.memberId().equals(member.id()))
                    .map(Attendance::status)
                    .findFirst()
                    .orElse(AttendanceStatus.ABSENT);
        }

        /** Check-ins missed with nobody standing in. */
        public int absent() {
            return expected - attended - substituted;
        }

        /** Attended divided by expected, with 2 decimals (half up); empty when nobody expected anything. */
        public Optional<BigDecimal> rate() {
            if (expected == 0) {
                return Optional.empty();
            }
            return Optional.of(
                    BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP));
        }

        /** The sum of two tallies, as for the members of one department. */
        public Tally plus(Tally other) {
            return new Tally(expected + other.expected, attended + other.attended, substituted + other.substituted);
        }
    }
}
