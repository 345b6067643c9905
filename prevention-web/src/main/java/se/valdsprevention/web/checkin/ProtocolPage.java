package se.valdsprevention.web.checkin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.checkin.CheckInProtocols;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.checkin.OpenCheckIn;
import se.valdsprevention.workflows.checkin.StaleProtocolException;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * {@code /kommuner/{kod}/avstamningar/{id}}: the protocol of an open check-in (id = its process instance), written
 * and completed here by the coordinator and the team; or a held check-in's protocol (id = the meeting), read only.
 */
@Controller
class ProtocolPage {

    static final String EDIT_VIEW = "prevention/checkin/protocol";
    static final String HELD_VIEW = "prevention/checkin/held";

    private final WorkspaceUsers users;
    private final CheckInProtocols protocols;
    private final MeetingRevisions meetings;
    private final TeamMembers teamMembers;
    private final MunicipalityNames names;
    private final SwedishDates dates;

    ProtocolPage(
            WorkspaceUsers users,
            CheckInProtocols protocols,
            MeetingRevisions meetings,
            TeamMembers teamMembers,
            MunicipalityNames names,
            SwedishDates dates) {
        this.users = users;
        this.protocols = protocols;
        this.meetings = meetings;
        this.teamMembers = teamMembers;
        this.names = names;
        this.dates = dates;
    }

    @GetMapping("/kommuner/{code}/avstamningar/{id}")
    String show(
            @PathVariable String code,
            @PathVariable String id,
            @RequestParam(name = "sparat", required = false) String saved,
            Model model) {
        WorkspaceUser user = users.current();
        user.requireRead(code);
        Optional<OpenCheckIn> open = protocols.open(code, id);
        if (open.isPresent()) {
            OpenCheckIn checkIn = open.get();
            TeamChoices team = TeamChoices.of(teamMembers, code, dates.today());
            Meeting draft = checkIn.draft() == null ? null : checkIn.draft().meeting();
            ProtocolForm form =
                    ProtocolForm.of(draft, checkIn.revision(), checkIn.agenda(), team.active(), dates.today());
            model.addAttribute("saved", saved != null && checkIn.draft() != null);
            return edit(model, user, checkIn, form, team, null);
        }
        MeetingRevision held = heldMeeting(code, id);
        model.addAttribute("protocol", held(code, held));
        return HELD_VIEW;
    }

    @PostMapping("/kommuner/{code}/avstamningar/{id}")
    String post(
            @PathVariable String code,
            @PathVariable String id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        WorkspaceUser user = users.current();
        user.requireEdit(code);
        OpenCheckIn checkIn = protocols
                .open(code, id)
                .orElseThrow(() -> new PageNotFound(
                        "Avstämningen är redan slutförd eller finns inte. Protokollet kan inte längre ändras här."));
        LocalDate today = dates.today();
        TeamChoices team = TeamChoices.of(teamMembers, code, today);
        ProtocolForm form = ProtocolForm.read(request.getParameterMap(), team.active());
        String command = request.getParameter("do") == null ? "save" : request.getParameter("do");
        if (command.equals("add") || command.startsWith("remove-")) {
            if (!form.errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return edit(model, user, checkIn, form, team, null);
            }
            if (command.equals("add")) {
                form = form.withActionAdded();
            } else {
                form = form.withActionRemoved(index(command.substring("remove-".length())));
            }
            return edit(model, user, checkIn, form, team, null);
        }
        boolean completing = command.equals("complete");
        Meeting protocol = form.errors.isEmpty()
                ? form.meeting(checkIn.meetingId(), code, team.activeIds(), dates, today, completing)
                : null;
        if (protocol == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edit(model, user, checkIn, form, team, null);
        }
        Function<String, String> nameOf = team.nameOf();
        try {
            if (completing) {
                protocols.complete(checkIn, protocol, form.revision, user.id(), nameOf);
                long open = protocol.actions().size();
                return "redirect:/kommuner/" + code + "/avstamningar?slutford&atgarder=" + open;
            }
            MeetingRevision saved = protocols.saveDraft(checkIn, protocol, form.revision, user.id(), nameOf);
            return "redirect:" + CheckInProtocols.pathOf(code, checkIn.processInstanceId()) + "?sparat="
                    + saved.revision();
        } catch (StaleProtocolException stale) {
            MeetingRevision latest = stale.latest();
            form.revision = latest.revision();
            response.setStatus(HttpStatus.CONFLICT.value());
            return edit(
                    model,
                    user,
                    checkIn,
                    form,
                    team,
                    "Någon annan har sparat protokollet medan du skrev: "
                            + users.load(latest.author()).displayName()
                            + " sparade version " + latest.revision() + " " + dates.dateTime(latest.recordedAt())
                            + ". Ingenting av det du skrev är sparat, men det finns kvar nedan. Öppna protokollet i en"
                            + " ny flik för att se den nya versionen, eller spara igen för att ersätta den med ditt.");
        } catch (InvalidSubmissionException refused) {
            List<Integer> rows = form.filledActionRows();
            for (InvalidSubmissionException.Problem problem : refused.getProblems()) {
                String field = field(problem.field(), rows);
                form.errors.putIfAbsent(
                        field,
                        field.equals("protocol") && !problem.field().equals("protocol")
                                ? "Avstämningen kunde inte slutföras. Kontrollera protokollet och försök igen."
                                : problem.message());
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edit(model, user, checkIn, form, team, null);
        } catch (ProcessEngineException gone) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.errors.put(
                    "protocol",
                    "Avstämningen kunde inte slutföras: uppgiften är redan slutförd eller ändrad av någon annan."
                            + " Ladda om sidan.");
            return edit(model, user, checkIn, form, team, null);
        }
    }

    private String edit(
            Model model,
            WorkspaceUser user,
            OpenCheckIn checkIn,
            ProtocolForm form,
            TeamChoices team,
            String conflict) {
        MeetingRevision draft = checkIn.draft();
        model.addAttribute(
                "view",
                new ProtocolView(
                        checkIn.municipalityCode(),
                        names.of(checkIn.municipalityCode()),
                        CheckInProtocols.pathOf(checkIn.municipalityCode(), checkIn.processInstanceId()),
                        user.mayEdit(checkIn.municipalityCode()),
                        form.revision,
                        draft == null ? null : users.load(draft.author()).displayName(),
                        draft == null ? null : dates.dateTime(draft.recordedAt()),
                        form.meetingDate,
                        form.agenda,
                        form.notes,
                        form.attendance,
                        form.actions,
                        team.active(),
                        new LinkedHashMap<>(form.errors),
                        conflict));
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
        }
        return EDIT_VIEW;
    }

    private MeetingRevision heldMeeting(String code, String id) {
        if (id.length() > 64) {
            throw notFound();
        }
        return meetings.latest(id)
                .filter(revision -> revision.municipalityCode().equals(code))
                .orElseThrow(ProtocolPage::notFound);
    }

    private HeldProtocol held(String code, MeetingRevision revision) {
        Function<String, String> nameOf =
                TeamChoices.of(teamMembers, code, dates.today()).nameOf();
        Meeting meeting = revision.meeting();
        List<MeetingAction> actions = meeting.actions();
        return new HeldProtocol(
                code,
                names.of(code),
                dates.date(meeting.date()),
                meeting.agenda(),
                meeting.attendance().stream()
                        .map(a -> new HeldProtocol.Line(
                                nameOf.apply(a.memberId()),
                                a.substituteName() == null
                                        ? a.status().label()
                                        : a.status().label() + ": " + a.substituteName()))
                        .toList(),
                meeting.notes(),
                java.util.stream.IntStream.range(0, actions.size())
                        .mapToObj(i -> new HeldProtocol.ActionLine(
                                i + 1,
                                actions.get(i).description(),
                                nameOf.apply(actions.get(i).assigneeMemberId()),
                                dates.date(actions.get(i).dueDate()),
                                actions.get(i).status().label()))
                        .toList(),
                users.load(revision.author()).displayName(),
                dates.dateTime(revision.recordedAt()),
                revision.revision());
    }

    /** The page's field for a problem the process named, {@code actions[2].dueDate} becoming that row's field. */
    private static String field(String problemField, List<Integer> rows) {
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("actions\\[(\\d+)]\\.(assignee|dueDate)")
                .matcher(problemField);
        if (action.matches()) {
            int stored = Integer.parseInt(action.group(1));
            if (stored < rows.size()) {
                return (action.group(2).equals("assignee") ? "actionOwner" : "actionDueDate") + rows.get(stored);
            }
            return "actions";
        }
        return Map.of("meetingDate", "meetingDate", "agenda", "agenda", "attendance", "attendance")
                .getOrDefault(problemField, "protocol");
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PageNotFound notFound() {
        return new PageNotFound("Det finns ingen sådan avstämning i kommunen.");
    }
}
