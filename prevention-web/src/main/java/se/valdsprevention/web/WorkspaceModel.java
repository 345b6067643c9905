package se.valdsprevention.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;

/** Puts the logged-in user, the county and the date helper in every page's model, for the layout. */
@ControllerAdvice(annotations = Controller.class)
class WorkspaceModel {

    private final WorkspaceUsers users;
    private final MunicipalityNames names;
    private final SwedishDates dates;

    WorkspaceModel(WorkspaceUsers users, MunicipalityNames names, SwedishDates dates) {
        this.users = users;
        this.names = names;
        this.dates = dates;
    }

    @ModelAttribute("me")
    WorkspaceUser me() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return users.current();
    }

    @ModelAttribute("countyName")
    String countyName() {
        return names.countyName();
    }

    @ModelAttribute("municipalityNames")
    MunicipalityNames municipalityNames() {
        return names;
    }

    @ModelAttribute("dates")
    SwedishDates dates() {
        return dates;
    }
}
