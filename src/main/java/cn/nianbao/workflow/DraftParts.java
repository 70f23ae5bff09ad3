package cn.nianbao.workflow;

import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftPartOwners;
import cn.nianbao.report.DraftRights;
import cn.nianbao.security.Actor;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of drafts handed out (分工起草) as the engine holds them: the {@code draftPart} tasks of the report's
 * process (one per part, in the event sub-process 分工起草 inside 起草), which part went to whom and how it stands, a
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
     * which MySQL's timestamps do not tell apart, in the report's order), with how each stands: open while its task
     * is, cancelled when the task was ended by the boundary message 取消分工 (the engine records why), else finished.
     */
    @Transactional(readOnly = true)
    List<PartAssignment> assignments(long reportId) {
        return historyService
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .taskDefinitionKey(ProcessKeys.PART_TASK)
                .includeTaskLocalVariables()
                .list()
                .stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getCreateTime)
                        .thenComparing(DraftParts::partOf))
                .map(DraftParts::toAssignment)
                .toList();
    }

    /** The parts still open: read from the engine's open {@code draftPart} tasks of the report. */
    @Transactional(readOnly = true)
    List<PartAssignment> openAssignments(long reportId) {
        return openPartTasks(reportId).stream()
                .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(DraftParts::partOf))
                .map(task -> new PartAssignment(
                        partOf(task), task.getAssignee(), ownerNameOf(task), PartAssignment.State.OPEN))
                .toList();
    }

    /** The open task of this part of the report, if the part is handed out. */
    @Transactional(readOnly = true)
    Optional<Task> openPart(long reportId, DraftPart part) {
        return openPartTasks(reportId).stream()
                .filter(task -> partOf(task) == part)
                .findFirst();
    }

    /** The person's open part task with its own variables (its report among them), if it is theirs. */
    @Transactional(readOnly = true)
    Optional<Task> partTask(Actor actor, String taskId) {
        return Optional.ofNullable(taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .taskDefinitionKey(ProcessKeys.PART_TASK)
                .taskId(taskId)
                .taskAssignee(actor.username())
                .active()
                .includeTaskLocalVariables()
                .singleResult());
    }

    /** The part of each part's task among these (loaded with process variables only): one query, none if no part. */
    @Transactional(readOnly = true)
    Map<String, DraftPart> partsOf(Collection<? extends TaskInfo> tasks) {
        List<String> ids =
                tasks.stream().filter(ProcessKeys::isPart).map(TaskInfo::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return taskService.createTaskQuery().taskIds(ids).includeTaskLocalVariables().list().stream()
                .collect(Collectors.toMap(Task::getId, DraftParts::partOf));
    }

    /** A colleague with an open part is limited to their parts; the responsible handler never is. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Set<DraftPart>> limitedTo(long reportId, String username) {
        List<Task> mine = openPartTasks(reportId).stream()
                .filter(task -> username.equals(task.getAssignee()))
                .toList();
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
        for (Task task : openPartTasks(reportId)) {
            (username.equals(task.getAssignee()) ? own : handedOut).add(partOf(task));
        }
        return new DraftRights(holdsDraft(reportId, username), handedOut, own);
    }

    /** The part of a {@code draftPart} task loaded with its task-local variables. */
    static DraftPart partOf(TaskInfo task) {
        return DraftPart.valueOf(String.valueOf(task.getTaskLocalVariables().get(ProcessKeys.VAR_PART)));
    }

    static String partLabelOf(TaskInfo task) {
        return String.valueOf(task.getTaskLocalVariables().get(ProcessKeys.VAR_PART_LABEL));
    }

    static String ownerNameOf(TaskInfo task) {
        return String.valueOf(task.getTaskLocalVariables().get(ProcessKeys.VAR_SECTION_OWNER_NAME));
    }

    private List<Task> openPartTasks(long reportId) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .taskDefinitionKey(ProcessKeys.PART_TASK)
                .active()
                .includeTaskLocalVariables()
                .list();
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

    private static PartAssignment toAssignment(HistoricTaskInstance task) {
        Map<String, Object> variables = task.getTaskLocalVariables();
        PartAssignment.State state = task.getEndTime() == null
                ? PartAssignment.State.OPEN
                : task.getDeleteReason() != null ? PartAssignment.State.CANCELLED : PartAssignment.State.FINISHED;
        return new PartAssignment(
                partOf(task), String.valueOf(variables.get(ProcessKeys.VAR_SECTION_OWNER)), ownerNameOf(task), state);
    }
}
