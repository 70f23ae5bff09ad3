package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks of the approval chain a person may act on: assigned to them, or offered to one of their ROLE@agency
 * groups ({@link CandidateGroup}). A task of another role or agency, or one already completed, is simply not found;
 * a review step of a report the person drafted or submitted is refused ({@link SeparationOfDuties}).
 */
@Component
@Transactional(readOnly = true)
class OpenTasks {

    private final TaskService taskService;
    private final AgencyDirectory agencies;
    private final SeparationOfDuties separation;

    OpenTasks(TaskService taskService, AgencyDirectory agencies, SeparationOfDuties separation) {
        this.taskService = taskService;
        this.agencies = agencies;
        this.separation = separation;
    }

    List<String> groupsOf(Actor actor) {
        return CandidateGroup.idsOf(actor, agencies.codeOf(actor.agencyId()));
    }

    /**
     * The task with its process variables if the person may act on it, separation aside; else empty. A part of a
     * draft (分工起草) is not a step of the chain: it has its own screen and actions ({@link DraftParts}).
     */
    Optional<Task> actionable(Actor actor, String taskId) {
        return Optional.ofNullable(actionableTasks(actor)
                        .taskId(taskId)
                        .includeProcessVariables()
                        .singleResult())
                .filter(task -> !ProcessKeys.isPart(task));
    }

    /** The person's task of this report they may take (a draft, or a review they are not separated from). */
    Optional<Task> ofReport(Actor actor, long reportId) {
        return actionableTasks(actor)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .includeProcessVariables()
                .list()
                .stream()
                .filter(task -> !ProcessKeys.isPart(task))
                .filter(task -> !separation.excludes(actor.username(), task))
                .findFirst();
    }

    Task require(Actor actor, String taskId, ReportStage expected) {
        Task task = actionable(actor, taskId)
                .orElseThrow(() -> new WorkflowActionException(WorkflowActionException.TASK_GONE));
        if (expected != null && ProcessKeys.stageOf(task) != expected) {
            throw new WorkflowActionException("该任务不在「" + expected.label() + "」环节。");
        }
        return task;
    }

    /** A task the person may act on at any step, refusing a review step of a report they drafted or submitted. */
    Task requireAllowed(Actor actor, String taskId) {
        Task task = require(actor, taskId, null);
        if (separation.excludes(actor.username(), task)) {
            throw new WorkflowActionException(SeparationOfDuties.refusal(ProcessKeys.stageOf(task)));
        }
        return task;
    }

    Task requireReview(Actor actor, String taskId) {
        Task task = requireAllowed(actor, taskId);
        if (ProcessKeys.stageOf(task) == ReportStage.DRAFTING) {
            throw new WorkflowActionException("起草环节请使用「提交」。");
        }
        return task;
    }

    /** The report's open review task, whoever may act on it (a part's task is of the 起草 stage, so never it). */
    Optional<Task> openReview(long reportId) {
        return openOf(reportId).stream()
                .filter(task -> ProcessKeys.stageOf(task) != ReportStage.DRAFTING)
                .findFirst();
    }

    /** The report's open 起草 task, whoever holds it. */
    Optional<Task> openDraft(long reportId) {
        return openOf(reportId).stream()
                .filter(task -> ProcessKeys.DRAFT_TASK.equals(task.getTaskDefinitionKey()))
                .findFirst();
    }

    private List<Task> openOf(long reportId) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId))
                .active()
                .includeProcessVariables()
                .list();
    }

    private TaskQuery actionableTasks(Actor actor) {
        Collection<String> groups = groupsOf(actor);
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .active()
                .or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(groups)
                .endOr();
    }
}
