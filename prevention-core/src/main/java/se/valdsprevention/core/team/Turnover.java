package se.valdsprevention.core.team;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.validation.Violations;

/**
 * Who joined and who left a team between {@code from} and {@code to} (both inclusive), the average headcount
 * (members active on {@code from} plus those active on {@code to}, halved, with 1 decimal) and how many left per
 * department (only departments someone left). Joiners are in order of their start, leavers of their end, ties by
 * member id.
 */
public record Turnover(
        String municipalityCode,
        LocalDate from,
        LocalDate to,
        List<TeamMember> joined,
        List<TeamMember> left,
        BigDecimal averageHeadcount,
        Map<Department, Integer> leftByDepartment) {

    private static final Comparator<TeamMember> BY_START =
            Comparator.comparing(TeamMember::activeFrom).thenComparing(TeamMember::id);
    private static final Comparator<TeamMember> BY_END =
            Comparator.comparing(TeamMember::activeTo).thenComparing(TeamMember::id);

    public Turnover {
        var v = new Violations();
        AreaCodes.requireMunicipalityCode(v, municipalityCode, "municipalityCode");
        requirePeriod(v, from, to);
        joined = v.list(joined, "joined");
        left = v.list(left, "left");
        if (v.requireNonNull(averageHeadcount, "averageHeadcount")) {
            v.requireNonNegative(averageHeadcount, "averageHeadcount");
        }
        if (v.requireNonNull(leftByDepartment, "leftByDepartment")) {
            leftByDepartment.forEach((department, count) -> {
                v.require(department != null, "leftByDepartment", "får inte ha en tom förvaltning");
                v.require(
                        count != null && count >= 0, "leftByDepartment[" + department + "]", "får inte vara negativt");
            });
        }
        v.throwIfAny();
        var byDepartment = new EnumMap<Department, Integer>(Department.class);
        byDepartment.putAll(leftByDepartment);
        leftByDepartment = Collections.unmodifiableMap(byDepartment);
    }

    /**
     * The turnover of {@code team} from {@code from} until {@code to}, both inclusive.
     *
     * @throws se.valdsprevention.core.validation.ValidationException at {@code to} when it is before {@code from}
     */
    public static Turnover of(Team team, LocalDate from, LocalDate to) {
        Objects.requireNonNull(team, "team");
        var v = new Violations();
        requirePeriod(v, from, to);
        v.throwIfAny();
        List<TeamMember> joined = team.members().stream()
                .filter(member -> within(member.activeFrom(), from, to))
                .sorted(BY_START)
                .toList();
        List<TeamMember> left = team.members().stream()
                .filter(member -> member.activeTo() != null && within(member.activeTo(), from, to))
                .sorted(BY_END)
                .toList();
        int headcounts =
                team.activeMembers(from).size() + team.activeMembers(to).size();
        BigDecimal average = BigDecimal.valueOf(headcounts).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        Map<Department, Integer> leftByDepartment = new EnumMap<>(Department.class);
        left.forEach(member -> leftByDepartment.merge(member.department(), 1, Integer::sum));
        return new Turnover(team.municipalityCode(), from, to, joined, left, average, leftByDepartment);
    }

    /** Members who left divided by the average headcount, with 2 decimals (half up); empty when it is 0. */
    public Optional<BigDecimal> rate() {
        if (averageHeadcount.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(left.size()).divide(averageHeadcount, 2, RoundingMode.HALF_UP));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static void requirePeriod(Violations v, LocalDate from, LocalDate to) {
        boolean bothGiven = v.requireNonNull(from, "from") & v.requireNonNull(to, "to");
        if (bothGiven) {
            v.require(!to.isBefore(from), "to", "får inte ligga före startdatumet " + from);
        }
    }
}
