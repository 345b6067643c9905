package se.valdsprevention.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Swedish login page; Spring Security checks what it posts against Camunda's identity service. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(
            @RequestParam(name = "fel", required = false) String failed,
            @RequestParam(name = "utloggad", required = false) String loggedOut,
            Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "prevention/login";
    }
}
