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
    private final MyProposals proposals;
    private final String webappPath;

    HomePage(
            WorkspaceUsers users,
            MunicipalityOverviews overviews,
            MyProposals proposals,
            CamundaBpmProperties camunda) {
        this.users = users;
        this.overviews = overviews;
        this.proposals = proposals;
        this.webappPath = camunda.getWebapp().getApplicationPath();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("municipalities", overviews.of(users.current(), webappPath));
        model.addAttribute("proposals", proposals.of(users.current()));
        model.addAttribute("tasklistUrl", webappPath + "/app/tasklist/default/");
        return "prevention/home";
    }
}
