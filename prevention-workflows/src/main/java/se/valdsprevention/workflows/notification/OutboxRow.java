package se.valdsprevention.workflows.notification;

import java.time.Instant;
import java.time.LocalDate;

/** One notification to one user, as the outbox holds it. */
public record OutboxRow(
        String id,
        NotificationKind kind,
        String recipient,
        String municipalityCode,
        String title,
        String link,
        LocalDate dueDate,
        boolean digest,
        Instant createdAt,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String mailId,
        String channel,
        Instant sentAt,
        String lastError) {}
