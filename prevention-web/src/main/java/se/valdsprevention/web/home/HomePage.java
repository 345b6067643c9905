package se.valdsprevention.web.home;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.valdsprevention.web.security.WorkspaceUsers;

/** {@code /}: Mina kommuner. */
@Controller
class HomePage {

    private final WorkspaceUsers users;
    private final MunicipalityOverviews overviews;
    private final String webappPath;

    HomePage(WorkspaceUsers users, MunicipalityOverviews overviews, CamundaBpmProperties camunda) {
        this.users = users;
        this.overviews = overviews;
        this.webappPath = camunda.getWebapp().getApplicationPath();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("municipalities", overviews.of(users.current(), webappPath));
        model.addAttribute("tasklistUrl", webappPath + "/app/tasklist/default/");
        return "prevention/home";
    }
}
