package se.valdsprevention.workflows.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a notification may say and how its mail is written, whatever the title or the link holds. */
class NotificationTextTest {

    final MailComposer composer = new MailComposer("https://iavp.example.se", Map.of("2417", "Norsjö"));

    @Test
    void aTenThousandCharacterTitleWithHeaderInjectionBecomesOneBoundedLine() {
        String hostile = "Granska\r\nBcc: spy@evil.example\r\n" + "å".repeat(10_000);

        Notification notification =
                new Notification(NotificationKind.TASK_AVAILABLE, "2417", hostile, "/kommuner/2417", null);
        ComposedMail mail = composer.compose(List.of(row(notification, false)), "Anna\r\nBcc: x@y", false);

        assertThat(notification.title())
                .hasSize(Notification.MAX_TITLE)
                .startsWith("Granska Bcc:")
                .endsWith("…");
        assertThat(mail.subject()).doesNotContain("\r", "\n").hasSizeLessThanOrEqualTo(200);
        assertThat(mail.text()).contains("Hej Anna Bcc: x@y!").doesNotContain("\r\nBcc");
        assertThat(mail.html()).contains("<html lang=\"sv\">");
    }

    @Test
    void htmlInATitleIsEscapedInTheHtmlMail() {
        Notification notification = new Notification(
                NotificationKind.REMINDER, "2417", "<script>alert(1)</script>", "/kommuner/2417", null);

        ComposedMail mail = composer.compose(List.of(row(notification, false)), "Anna", false);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aLinkMustBeAPathOfTheApplication() {
        for (String link : List.of("https://evil.example/", "/a b", "/a\r\nBcc: x", "", "/" + "a".repeat(600))) {
            assertThatThrownBy(() -> new Notification(NotificationKind.TASK_AVAILABLE, "2417", "t", link, null))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void modelNamesLoseWhatExpressionsFillIn() {
        assertThat(Notifications.withoutExpressions("Försenad åtgärd: ${actionSummary}"))
                .isEqualTo("Försenad åtgärd");
        assertThat(Notifications.withoutExpressions("Sammanställ lägesbilden")).isEqualTo("Sammanställ lägesbilden");
    }

    @Test
    void theDigestGoesOutAtTheNextDigestTimeInTheCountysZone() {
        Outbox outbox = new Outbox(null, null, LocalTime.of(7, 0), () -> {});
        ZoneId sweden = ZoneId.of("Europe/Stockholm");

        assertThat(outbox.nextDigest(Instant.parse("2027-02-01T05:59:00Z"), sweden))
                .isEqualTo(Instant.parse("2027-02-01T06:00:00Z"));
        assertThat(outbox.nextDigest(Instant.parse("2027-02-01T06:00:00Z"), sweden))
                .isEqualTo(Instant.parse("2027-02-02T06:00:00Z"));
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestWait() {
        Instant now = Instant.parse("2027-02-01T08:00:00Z");
        var first = java.time.Duration.ofMinutes(1);
        var max = java.time.Duration.ofMinutes(15);

        assertThat(List.of(0, 1, 2, 3, 4, 10).stream()
                        .map(attempts -> java.time.Duration.between(now, Outbox.nextAttempt(now, attempts, first, max))
                                .toMinutes()))
                .containsExactly(1L, 2L, 4L, 8L, 15L, 15L);
    }

    @Test
    void malformedAddressesAreNamed() {
        assertThat(OutboxSender.addressProblem(null)).contains("Användaren saknar e-postadress");
        assertThat(OutboxSender.addressProblem("anna@norsjo.example")).isEmpty();
        for (String bad : List.of("not an address", "anna@", "a@b.se\r\nBcc: x@y.se", "<a@b.se>, c@d.se")) {
            assertThat(OutboxSender.addressProblem(bad)).as(bad).contains("Användarens e-postadress är ogiltig");
        }
    }

    private static OutboxRow row(Notification notification, boolean digest) {
        return new OutboxRow(
                "row-1",
                notification.kind(),
                "anna-2417",
                notification.municipalityCode(),
                notification.title(),
                notification.link(),
                LocalDate.of(2027, 2, 15),
                digest,
                Instant.parse("2027-02-01T08:00:00Z"),
                OutboxStatus.PENDING,
                0,
                Instant.parse("2027-02-01T08:00:00Z"),
                null,
                null,
                null,
                null);
    }
}
