package cn.nianbao.workflow;

import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftPartOwners;
import cn.nianbao.report.DraftRights;
import cn.nianbao.security.Actor;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of drafts handed out (分工起草) as the engine holds them: which part went to whom and how it stands, a
 * colleague's open part task, and which parts limit what a colleague may save ({@link DraftPartOwners}).
 */
@Component
@Transactional(readOnly = true)
class DraftParts implements DraftPartOwners {

    private final TaskService taskService;
    private final HistoryService historyService;

    DraftParts(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /**
     * Every part handed out for this report, in the order they were assigned (parts assigned within the same second,
     * which MySQL's timestamps do not tell apart, in the report's order), with how each stands.
     */
    @Transactional(readOnly = true)
    List<PartAssignment> assignments(long reportId) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PART_PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .includeProcessVariables()
                .list()
                .stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
                        .thenComparing(instance -> toAssignment(instance).part()))
                .map(DraftParts::toAssignment)
                .toList();
    }

    @Transactional(readOnly = true)
    List<PartAssignment> openAssignments(long reportId) {
        return assignments(reportId).stream()
                .filter(a -> a.state() == PartAssignment.State.OPEN)
                .toList();
    }

    /** The person's open part task, if it is theirs. */
    @Transactional(readOnly = true)
    Optional<Task> partTask(Actor actor, String taskId) {
        return Optional.ofNullable(taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PART_PROCESS)
                .taskId(taskId)
                .taskAssignee(actor.username())
                .active()
                .includeProcessVariables()
                .singleResult());
    }

    /** A colleague with an open part is limited to their parts; the responsible handler never is. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Set<DraftPart>> limitedTo(long reportId, String username) {
        List<Task> mine = taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PART_PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .taskAssignee(username)
                .active()
                .includeProcessVariables()
                .list();
        if (mine.isEmpty() || holdsDraft(reportId, username)) {
            return Optional.empty();
        }
        Set<DraftPart> parts = EnumSet.noneOf(DraftPart.class);
        mine.forEach(task -> parts.add(partOf(task)));
        return Optional.of(parts);
    }

    @Override
    @Transactional(readOnly = true)
    public DraftRights rights(long reportId, String username) {
        Set<DraftPart> handedOut = EnumSet.noneOf(DraftPart.class);
        Set<DraftPart> own = EnumSet.noneOf(DraftPart.class);
        for (PartAssignment assignment : openAssignments(reportId)) {
            (assignment.ownerUsername().equals(username) ? own : handedOut).add(assignment.part());
        }
        return new DraftRights(holdsDraft(reportId, username), handedOut, own);
    }

    static DraftPart partOf(Task task) {
        return DraftPart.valueOf(String.valueOf(task.getProcessVariables().get(ProcessKeys.VAR_PART)));
    }

    private boolean holdsDraft(long reportId, String username) {
        return taskService
                        .createTaskQuery()
                        .processDefinitionKey(ProcessKeys.PROCESS)
                        .processInstanceBusinessKey(String.valueOf(reportId))
                        .taskDefinitionKey(ProcessKeys.DRAFT_TASK)
                        .taskAssignee(username)
                        .active()
                        .count()
                > 0;
    }

    private static PartAssignment toAssignment(HistoricProcessInstance instance) {
        Map<String, Object> variables = instance.getProcessVariables();
        PartAssignment.State state = instance.getEndTime() == null
                ? PartAssignment.State.OPEN
                : instance.getDeleteReason() != null ? PartAssignment.State.CANCELLED : PartAssignment.State.FINISHED;
        return new PartAssignment(
                DraftPart.valueOf(String.valueOf(variables.get(ProcessKeys.VAR_PART))),
                String.valueOf(variables.get(ProcessKeys.VAR_SECTION_OWNER)),
                String.valueOf(variables.get(ProcessKeys.VAR_SECTION_OWNER_NAME)),
                state);
    }
}
