package se.valdsprevention.workflows.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The table {@code prevention_notification_setting}: each user's choices, one row per user who made any. */
public class NotificationSettings {

    private final JdbcTemplate jdbc;

    public NotificationSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's choice, or the default (daily digest of everything) when they made none. */
    public NotificationSetting of(String userId) {
        return ofAll(List.of(userId)).get(userId);
    }

    /** Every one of these users' choices, the default for those who made none. */
    public Map<String, NotificationSetting> ofAll(Collection<String> userIds) {
        Map<String, NotificationSetting> settings = new HashMap<>();
        if (userIds.isEmpty()) {
            return settings;
        }
        new NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT user_id, delivery, opted_out FROM prevention_notification_setting"
                                + " WHERE user_id IN (:ids)",
                        Map.of("ids", Set.copyOf(userIds)),
                        row -> {
                            String userId = row.getString("user_id");
                            settings.put(
                                    userId,
                                    new NotificationSetting(
                                            userId,
                                            Delivery.valueOf(row.getString("delivery")),
                                            kinds(row.getString("opted_out"))));
                        });
        userIds.forEach(userId -> settings.computeIfAbsent(userId, NotificationSetting::byDefault));
        return settings;
    }

    /** Keeps the user's choice; a second save replaces the first. */
    public void save(NotificationSetting setting, Instant at) {
        String optedOut = setting.optedOut().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        Timestamp changedAt = Timestamp.from(at);
        int updated = jdbc.update(
                "UPDATE prevention_notification_setting SET delivery = ?, opted_out = ?, changed_at = ? WHERE user_id = ?",
                setting.delivery().name(),
                optedOut,
                changedAt,
                setting.userId());
        if (updated == 0) {
            try {
                jdbc.update(
                        "INSERT INTO prevention_notification_setting (user_id, delivery, opted_out, changed_at)"
                                + " VALUES (?, ?, ?, ?)",
                        setting.userId(),
                        setting.delivery().name(),
                        optedOut,
                        changedAt);
            } catch (DuplicateKeyException savedAtTheSameTime) {
                save(setting, at);
            }
        }
    }

    private static Set<NotificationKind> kinds(String stored) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(NotificationSettings::kind)
                .flatMap(Optional::stream)
                .forEach(kinds::add);
        return kinds;
    }

    /** A kind a later version no longer has is ignored, not an error. */
    private static Optional<NotificationKind> kind(String name) {
        return Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst();
    }
}
