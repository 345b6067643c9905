package se.valdsprevention.web.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.security.PageForbidden;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.notification.ComposedMail;
import se.valdsprevention.workflows.notification.MailComposer;
import se.valdsprevention.workflows.notification.Outbox;
import se.valdsprevention.workflows.notification.OutboxRow;
import se.valdsprevention.workflows.notification.OutboxStatus;

/**
 * {@code /utkorg}: the outbox as an administrator sees it: how many notifications are waiting, sent and failed,
 * the newest of them with their reason when they failed, the users who have no e-mail address, and each sent mail
 * as it was written (in the demo, with no SMTP server, this is where the mails go). Everyone else gets 403.
 */
@Controller
class OutboxPage {

    static final int SHOWN = 200;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final MailComposer composer;
    private final IdentityService identity;
    private final WorkspaceUsers users;
    private final ZoneId zone;
    private final MunicipalityNames municipalities;

    OutboxPage(
            Outbox outbox,
            MailComposer composer,
            IdentityService identity,
            WorkspaceUsers users,
            CountyProperties county,
            MunicipalityNames municipalities) {
        this.outbox = outbox;
        this.composer = composer;
        this.identity = identity;
        this.users = users;
        this.zone = county.zone();
        this.municipalities = municipalities;
    }

    /** One row as the table shows it. */
    record RowView(
            String created,
            String recipient,
            String kind,
            String municipality,
            String title,
            String status,
            int attempts,
            String sent,
            String channel,
            String mailId,
            String error) {}

    @GetMapping("/utkorg")
    String page(@RequestParam(name = "status", required = false) String status, Model model) {
        administrator();
        Optional<OutboxStatus> shown = Arrays.stream(OutboxStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst();
        if (status != null && !status.isBlank() && shown.isEmpty()) {
            model.addAttribute(
                    "refusal", "Okänd status '" + status + "'. Välj Väntar, Skickat eller Kunde inte skickas.");
        }
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("shown", shown.orElse(null));
        model.addAttribute(
                "rows",
                outbox.newest(shown.orElse(null), SHOWN).stream()
                        .map(this::view)
                        .toList());
        model.addAttribute("withoutAddress", withoutAddress());
        return "prevention/outbox/utkorg";
    }

    @GetMapping("/utkorg/{mailId}")
    String mail(@PathVariable String mailId, Model model) {
        administrator();
        List<OutboxRow> rows = mailId.length() > 36 ? List.of() : outbox.mail(mailId);
        if (rows.isEmpty()) {
            throw new PageNotFound("Det finns inget skickat mejl med det id:t.");
        }
        User user = identity.createUserQuery().userId(rows.get(0).recipient()).singleResult();
        String name = user == null ? rows.get(0).recipient() : (user.getFirstName() + " " + user.getLastName());
        ComposedMail composed = composer.compose(rows, name, rows.get(0).digest());
        model.addAttribute("recipient", rows.get(0).recipient());
        model.addAttribute("address", user == null ? null : user.getEmail());
        model.addAttribute("sent", time(rows.get(0).sentAt()));
        model.addAttribute("channel", rows.get(0).channel());
        model.addAttribute("mail", composed);
        return "prevention/outbox/mejl";
    }

    private List<String> withoutAddress() {
        return identity.createUserQuery().orderByUserId().asc().list().stream()
                .filter(user -> user.getEmail() == null || user.getEmail().isBlank())
                .map(User::getId)
                .toList();
    }

    private RowView view(OutboxRow row) {
        return new RowView(
                time(row.createdAt()),
                row.recipient(),
                row.kind().shortLabel(),
                municipalities.of(row.municipalityCode()),
                row.title(),
                row.status().label()
                        + (row.status() == OutboxStatus.PENDING && row.digest() ? " (sammanfattning)" : ""),
                row.attempts(),
                time(row.sentAt()),
                row.channel(),
                row.mailId(),
                row.lastError());
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private void administrator() {
        if (!users.current().administrator()) {
            throw new PageForbidden("Utkorgen är bara för administratörer.");
        }
    }
}
