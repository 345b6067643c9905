package se.valdsprevention.workflows.notification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one user chose: how their notifications come, and the kinds they want no mail about. A user who never chose
 * gets the daily digest of every kind.
 */
public record NotificationSetting(String userId, Delivery delivery, Set<NotificationKind> optedOut) {

    public NotificationSetting {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(delivery, "delivery");
        optedOut = optedOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optedOut));
    }

    /** The choice of a user who has made none. */
    public static NotificationSetting byDefault(String userId) {
        return new NotificationSetting(userId, Delivery.DIGEST, Set.of());
    }

    public boolean wants(NotificationKind kind) {
        return !optedOut.contains(kind);
    }
}
