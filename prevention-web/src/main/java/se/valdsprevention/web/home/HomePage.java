package se.valdsprevention.web.home;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.notification.Delivery;
import se.valdsprevention.workflows.notification.NotificationKind;
import se.valdsprevention.workflows.notification.NotificationSetting;
import se.valdsprevention.workflows.notification.NotificationSettings;

/** {@code /}: Mina kommuner, and the user's choice of e-mail notifications ({@code POST /aviseringar}). */
@Controller
class HomePage {

    private final WorkspaceUsers users;
    private final MunicipalityOverviews overviews;
    private final MyProposals proposals;
    private final NotificationSettings notificationSettings;
    private final String webappPath;

    HomePage(
            WorkspaceUsers users,
            MunicipalityOverviews overviews,
            MyProposals proposals,
            NotificationSettings notificationSettings,
            CamundaBpmProperties camunda) {
        this.users = users;
        this.overviews = overviews;
        this.proposals = proposals;
        this.notificationSettings = notificationSettings;
        this.webappPath = camunda.getWebapp().getApplicationPath();
    }

    @GetMapping("/")
    String home(Model model) {
        WorkspaceUser me = users.current();
        return home(model, me, notificationSettings.of(me.id()), null);
    }

    /**
     * Saves how the user wants their notifications: a daily digest or a mail per event, and the kinds they want
     * none of (the kinds not ticked). A value the form does not offer is refused with 400, and nothing is saved.
     */
    @PostMapping("/aviseringar")
    String chooseNotifications(
            @RequestParam(name = "delivery", required = false) String delivery,
            @RequestParam(name = "wanted", required = false) List<String> wanted,
            Model model,
            HttpServletResponse response) {
        WorkspaceUser me = users.current();
        Optional<Delivery> chosen = parse(Delivery.class, delivery);
        Set<NotificationKind> wantedKinds = EnumSet.noneOf(NotificationKind.class);
        String problem = chosen.isEmpty() ? "Välj hur du vill få dina aviseringar (fältet Hur ofta)." : null;
        for (String kind : wanted == null ? List.<String>of() : wanted) {
            Optional<NotificationKind> parsed = parse(NotificationKind.class, kind);
            if (parsed.isEmpty() || wanted.size() > NotificationKind.values().length) {
                problem = "Fältet Vad du vill få mejl om innehåller ett val som inte finns.";
                break;
            }
            wantedKinds.add(parsed.get());
        }
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return home(model, me, notificationSettings.of(me.id()), problem);
        }
        Set<NotificationKind> optedOut = EnumSet.allOf(NotificationKind.class);
        optedOut.removeAll(wantedKinds);
        notificationSettings.save(new NotificationSetting(me.id(), chosen.get(), optedOut), EngineClock.now());
        return "redirect:/?sparat#aviseringar";
    }

    private String home(Model model, WorkspaceUser me, NotificationSetting setting, String notificationProblem) {
        model.addAttribute("municipalities", overviews.of(me, webappPath));
        model.addAttribute("proposals", proposals.of(me));
        model.addAttribute("tasklistUrl", webappPath + "/app/tasklist/default/");
        model.addAttribute("notificationSetting", setting);
        model.addAttribute("notificationKinds", NotificationKind.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("notificationProblem", notificationProblem);
        return "prevention/home";
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.length() > 40) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
