package se.valdsprevention.workflows.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the mail for a user's rows with the templates {@code notification/mail.txt} and {@code mail.html} (Thymeleaf with Spring's
 * expression language, as the pages) (Swedish,
 * {@code lang="sv"}): one row for a single mail, all of a user's due rows for the daily digest. The mail says what
 * the row says (kind, title, municipality, due date, link) and where the user changes what they get.
 */
public class MailComposer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final String baseUrl;
    private final Map<String, String> municipalityNames;

    public MailComposer(String baseUrl, Map<String, String> municipalityNames) {
        this.baseUrl = baseUrl;
        this.municipalityNames = Map.copyOf(municipalityNames);
    }

    /** One item of a mail, as the templates show it. */
    public record Item(String kind, String title, String municipality, String due, String url) {}

    public ComposedMail compose(List<OutboxRow> rows, String recipientName, boolean digest) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one notification");
        }
        List<Item> items = rows.stream().map(this::item).toList();
        String subject = digest
                ? "Sammanfattning: " + items.size() + (items.size() == 1 ? " händelse" : " händelser")
                        + " i det våldsförebyggande arbetet"
                : items.get(0).kind() + ": " + items.get(0).title() + " – "
                        + items.get(0).municipality();
        Context context = new Context();
        context.setVariable("name", MailText.line(recipientName, 100));
        context.setVariable("items", items);
        context.setVariable("digest", digest);
        context.setVariable("settingsUrl", baseUrl + "/#aviseringar");
        return new ComposedMail(
                MailText.line(subject, 200), text.process("mail", context), html.process("mail", context));
    }

    private Item item(OutboxRow row) {
        return new Item(
                row.kind().shortLabel(),
                MailText.line(row.title(), Notification.MAX_TITLE),
                municipalityNames.getOrDefault(row.municipalityCode(), row.municipalityCode()),
                row.dueDate() == null ? null : DATE.format(row.dueDate()),
                baseUrl + row.link());
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailComposer.class.getClassLoader());
        resolver.setPrefix("se/valdsprevention/notification/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
