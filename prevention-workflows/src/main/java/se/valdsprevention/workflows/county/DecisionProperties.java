package se.valdsprevention.workflows.county;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.validation.Errors;

/**
 * The county's rules for municipal decisions ({@code prevention.county.decisions.*}): the limits the
 * routing table {@code decisionRouting} compares the requested resources with, and when a waiting
 * proposal reminds the decider and escalates to the county.
 */
public class DecisionProperties {

    /** Up to this many kronor the municipal manager (kommunchef) decides. */
    @NotNull(message = "must be set")
    @PositiveOrZero(message = "must not be negative")
    private BigDecimal managerMaxSek = new BigDecimal("50000");

    /** Up to this many working hours the municipal manager (kommunchef) decides. */
    @NotNull(message = "must be set")
    @PositiveOrZero(message = "must not be negative")
    private BigDecimal managerMaxHours = new BigDecimal("200");

    /** Up to this many kronor the chair of the municipal board (KSO) decides; above it, the board. */
    @NotNull(message = "must be set")
    @PositiveOrZero(message = "must not be negative")
    private BigDecimal boardChairMaxSek = new BigDecimal("250000");

    /** How long a proposal waits for a decision before the decider is reminded (ISO-8601, e.g. P14D). */
    @NotNull(message = "must be set, for example P14D")
    private Duration reminderAfter = Duration.ofDays(14);

    /** How long a proposal waits before the county officer gets a task to contact the municipality. */
    @NotNull(message = "must be set, for example P28D")
    private Duration escalationAfter = Duration.ofDays(28);

    void validate(Errors errors) {
        if (reminderAfter != null && (reminderAfter.isZero() || reminderAfter.isNegative())) {
            errors.rejectValue("decisions.reminderAfter", "positive", "must be longer than zero");
        }
        if (escalationAfter != null && reminderAfter != null && escalationAfter.compareTo(reminderAfter) <= 0) {
            errors.rejectValue("decisions.escalationAfter", "order", "must be longer than decisions.reminder-after");
        }
        if (managerMaxSek != null && boardChairMaxSek != null && boardChairMaxSek.compareTo(managerMaxSek) < 0) {
            errors.rejectValue("decisions.boardChairMaxSek", "order", "must not be below decisions.manager-max-sek");
        }
    }

    public BigDecimal getManagerMaxSek() {
        return managerMaxSek;
    }

    public void setManagerMaxSek(BigDecimal managerMaxSek) {
        this.managerMaxSek = managerMaxSek;
    }

    public BigDecimal getManagerMaxHours() {
        return managerMaxHours;
    }

    public void setManagerMaxHours(BigDecimal managerMaxHours) {
        this.managerMaxHours = managerMaxHours;
    }

    public BigDecimal getBoardChairMaxSek() {
        return boardChairMaxSek;
    }

    public void setBoardChairMaxSek(BigDecimal boardChairMaxSek) {
        this.boardChairMaxSek = boardChairMaxSek;
    }

    public Duration getReminderAfter() {
        return reminderAfter;
    }

    public void setReminderAfter(Duration reminderAfter) {
        this.reminderAfter = reminderAfter;
    }

    public Duration getEscalationAfter() {
        return escalationAfter;
    }

    public void setEscalationAfter(Duration escalationAfter) {
        this.escalationAfter = escalationAfter;
    }
}
