package se.valdsprevention.workflows.milestone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import se.valdsprevention.core.county.Department;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionType;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.milestone.CheckInFacts;
import se.valdsprevention.core.milestone.DecisionState;
import se.valdsprevention.core.milestone.LessonsFacts;
import se.valdsprevention.core.milestone.MunicipalityFacts;
import se.valdsprevention.core.milestone.PictureFacts;
import se.valdsprevention.core.milestone.PlanFacts;
import se.valdsprevention.core.milestone.TeamFacts;
import se.valdsprevention.core.team.AttendanceRates;
import se.valdsprevention.core.team.AttendanceRates.Tally;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.TeamMember;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Fills a municipality's {@link MunicipalityFacts} as of today (the engine clock, in the county's zone) from the
 * project's documents and the engine's history:
 *
 * <ul>
 *   <li>the team from its stored members, the required departments from the county's agreement, and basic
 *       training from the completed onboarding tasks <em>Bekräfta grundutbildning</em> (by the process's
 *       {@code memberId});
 *   <li>for mandate, resources and plan adoption, the newest approved (or followed-up) decision of that type, or
 *       the newest decision of that type when none was approved;
 *   <li>the situation picture and action plan of the cycle whose situation picture was saved last;
 *   <li>as planned check-ins the check-in processes started in the last six months, as held those whose task
 *       <em>Genomför månadsavstämning</em> was completed, with the attendance of their protocols;
 *   <li>the lessons from the last completed task <em>Sprid lärdomar och planera nästa cykel</em>: its end, the
 *       channels ticked in it (read from the variable history, so the engine needs history level full), and
 *       when the cycle's next turn then started.
 * </ul>
 */
public class MunicipalityFactsReader {

    static final String BASIC_TRAINING_TASK = "confirmBasicTraining";
    static final String CHECK_IN_PROCESS = "checkIn";
    static final String HOLD_CHECK_IN_TASK = "holdCheckIn";
    static final String SPREAD_LESSONS_TASK = "spreadLessons";
    static final String START_NEXT_CYCLE = "startNextCycle";
    static final Period CHECK_IN_WINDOW = Period.ofMonths(6);

    private static final String COMPLETED = "completed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryService history;
    private final CountyProperties county;
    private final TeamMembers teamMembers;
    private final DecisionRevisions decisions;
    private final SituationPictures situationPictures;
    private final ActionPlans actionPlans;
    private final MeetingRevisions meetings;

    public MunicipalityFactsReader(
            HistoryService history,
            CountyProperties county,
            TeamMembers teamMembers,
            DecisionRevisions decisions,
            SituationPictures situationPictures,
            ActionPlans actionPlans,
            MeetingRevisions meetings) {
        this.history = history;
        this.county = county;
        this.teamMembers = teamMembers;
        this.decisions = decisions;
        this.situationPictures = situationPictures;
        this.actionPlans = actionPlans;
        this.meetings = meetings;
    }

    /**
     * The facts of one of the county's municipalities as of today.
     *
     * @throws IllegalArgumentException for a code that is not one of the county's municipalities
     */
    public MunicipalityFacts read(String municipalityCode) {
        if (!county.municipalityCodes().contains(municipalityCode)) {
            throw new IllegalArgumentException(
                    "Kommunen " + municipalityCode + " hör inte till " + county.getName() + " län");
        }
        LocalDate today = EngineClock.today();
        Team team = teamMembers.team(municipalityCode);
        List<Decision> newestFirst = decisions.latestIn(municipalityCode).stream()
                .map(DecisionRevision::decision)
                .toList();
        Optional<String> cycleId =
                situationPictures.cyclesOf(municipalityCode).stream().findFirst();
        PictureFacts picture = cycleId.flatMap(situationPictures::latest)
                .map(revision -> PictureFacts.of(revision.picture()))
                .orElse(null);
        PlanFacts plan = cycleId.flatMap(actionPlans::latest)
                .map(revision -> PlanFacts.of(
                        revision.plan(),
                        counting(newestFirst, DecisionType.ACTION_PLAN_ADOPTION).orElse(null)))
                .orElse(null);
        return new MunicipalityFacts(
                municipalityCode,
                today,
                team(municipalityCode, team, today),
                counting(newestFirst, DecisionType.PARTICIPATION_MANDATE)
                        .map(DecisionState::of)
                        .orElse(null),
                counting(newestFirst, DecisionType.RESOURCES)
                        .map(DecisionState::of)
                        .orElse(null),
                picture,
                plan,
                checkIns(municipalityCode, team, today),
                lessons(municipalityCode));
    }

    private TeamFacts team(String municipalityCode, Team team, LocalDate today) {
        List<TeamMember> active = team.activeMembers(today);
        Set<Department> represented = active.stream()
                .map(TeamMember::department)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class)));
        Set<String> trained = trainedMemberIds(municipalityCode);
        int trainedActive = (int)
                active.stream().map(TeamMember::id).filter(trained::contains).count();
        return new TeamFacts(county.getAgreement().getRequiredDepartments(), represented, active.size(), trainedActive);
    }

    private Set<String> trainedMemberIds(String municipalityCode) {
        Set<String> ids = new HashSet<>();
        String[] introductions = completedTasks(municipalityCode, BASIC_TRAINING_TASK).stream()
                .map(HistoricTaskInstance::getProcessInstanceId)
                .distinct()
                .toArray(String[]::new);
        if (introductions.length == 0) {
            return ids;
        }
        // one query for all introductions rather than one per introduction
        history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(introductions)
                .variableName("memberId")
                .list()
                .stream()
                .map(HistoricVariableInstance::getValue)
                .filter(Objects::nonNull)
                .forEach(id -> ids.add(id.toString()));
        return ids;
    }

    /** The newest approved or followed-up decision of {@code type}, or else the newest of that type. */
    private static Optional<Decision> counting(List<Decision> newestFirst, DecisionType type) {
        List<Decision> ofType = newestFirst.stream()
                .filter(decision -> decision.proposal().type() == type)
                .toList();
        return ofType.stream()
                .filter(decision -> DecisionState.of(decision).approved())
                .findFirst()
                .or(() -> ofType.stream().findFirst());
    }

    private CheckInFacts checkIns(String municipalityCode, Team team, LocalDate today) {
        Date from = Date.from(
                today.minus(CHECK_IN_WINDOW).atStartOfDay(EngineClock.zone()).toInstant());
        Set<String> planned = history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CHECK_IN_PROCESS)
                .tenantIdIn(municipalityCode)
                .startedAfter(from)
                .list()
                .stream()
                .map(instance -> instance.getId())
                .collect(Collectors.toSet());
        Set<String> held = completedTasks(municipalityCode, HOLD_CHECK_IN_TASK).stream()
                .map(HistoricTaskInstance::getProcessInstanceId)
                .filter(planned::contains)
                .collect(Collectors.toSet());
        List<Meeting> protocols = meetings.latestIn(municipalityCode).stream()
                .filter(revision -> held.contains(revision.processInstanceId()))
                .map(MeetingRevision::meeting)
                .toList();
        Tally attendance = protocols.isEmpty()
                ? new Tally(0, 0, 0)
                : AttendanceRates.of(team, protocols, protocols.size()).byMember().values().stream()
                        .reduce(new Tally(0, 0, 0), Tally::plus);
        return new CheckInFacts(planned.size(), held.size(), attendance);
    }

    private LessonsFacts lessons(String municipalityCode) {
        Optional<HistoricTaskInstance> last = completedTasks(municipalityCode, SPREAD_LESSONS_TASK).stream()
                .max(Comparator.comparing(HistoricTaskInstance::getEndTime));
        if (last.isEmpty()) {
            return null;
        }
        HistoricTaskInstance task = last.get();
        String processInstanceId = task.getProcessInstanceId();
        Date end = task.getEndTime();
        int channels = count(valueAt(processInstanceId, "spreadChannels", end));
        LocalDate nextCycleStartedOn = null;
        if (!"END".equals(valueAt(processInstanceId, "nextCycle", end))) {
            nextCycleStartedOn = history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .activityId(START_NEXT_CYCLE)
                    .finished()
                    .list()
                    .stream()
                    .map(activity -> activity.getEndTime())
                    .filter(time -> !time.before(end))
                    .min(Comparator.naturalOrder())
                    .map(time -> LocalDate.ofInstant(time.toInstant(), EngineClock.zone()))
                    .orElse(null);
        }
        return new LessonsFacts(LocalDate.ofInstant(end.toInstant(), EngineClock.zone()), channels, nextCycleStartedOn);
    }

    private List<HistoricTaskInstance> completedTasks(String municipalityCode, String taskKey) {
        return history
                .createHistoricTaskInstanceQuery()
                .tenantIdIn(municipalityCode)
                .taskDefinitionKey(taskKey)
                .finished()
                .list()
                .stream()
                .filter(task -> COMPLETED.equals(task.getDeleteReason()))
                .toList();
    }

    /**
     * The last value given to a process variable at or before {@code time} (removals are skipped). One query for the
     * updates of that name only: a cycle that has run many turns has thousands of updates of other variables. (The
     * names asked for have no LIKE wildcards; the name is compared again below.)
     */
    private Object valueAt(String processInstanceId, String name, Date time) {
        Object value = null;
        for (HistoricDetail detail : history.createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .variableNameLike(name)
                .orderPartiallyByOccurrence()
                .asc()
                .list()) {
            if (detail instanceof HistoricVariableUpdate update
                    && name.equals(update.getVariableName())
                    && !update.getTime().after(time)
                    && update.getValue() != null) {
                value = update.getValue();
            }
        }
        return value;
    }

    /** The number of choices in a checklist answer: a list, or its JSON text as Tasklist submits it. */
    private static int count(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Collection<?> choices) {
            return choices.size();
        }
        try {
            var node = JSON.readTree(value.toString());
            return node.isArray() ? node.size() : 0;
        } catch (JsonProcessingException e) {
            return 0;
        }
    }
}
