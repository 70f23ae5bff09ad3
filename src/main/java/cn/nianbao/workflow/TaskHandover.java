package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportCopies;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.List;
import java.util.Objects;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a task on without deciding it: 认领/取消认领 (claim/unclaim a task offered to a group), 转办 (transfer to
 * someone of the same agency and role), 委派 (delegate: the task comes back to the delegator to finish) and 抄送 (copy
 * for reading). Each is checked here, kept in the history and published for whoever tells the person.
 */
@Component
@Transactional
class TaskHandover {

    /** As long as the 附言 field of the task screen allows. */
    static final int MAX_REMARK = 500;

    private final OpenTasks openTasks;
    private final TaskService taskService;
    private final ReportHistory history;
    private final ReportCopies copies;
    private final AgencyDirectory agencies;
    private final SeparationOfDuties separation;
    private final ApplicationEventPublisher events;

    TaskHandover(
            OpenTasks openTasks,
            TaskService taskService,
            ReportHistory history,
            ReportCopies copies,
            AgencyDirectory agencies,
            SeparationOfDuties separation,
            ApplicationEventPublisher events) {
        this.openTasks = openTasks;
        this.taskService = taskService;
        this.history = history;
        this.copies = copies;
        this.agencies = agencies;
        this.separation = separation;
        this.events = events;
    }

    void claim(Actor actor, String taskId) {
        Task task = openTasks.requireReview(actor, taskId);
        if (task.getAssignee() != null) {
            throw new WorkflowActionException("该任务已由他人认领，请返回待办列表刷新。");
        }
        taskService.claim(task.getId(), actor.username());
        record(actor, task, HistoryAction.CLAIMED, null, null);
    }

    /** Gives a claimed review task back to its group, so that anyone of that role may take it. */
    void unclaim(Actor actor, String taskId) {
        Task task = openTasks.requireReview(actor, taskId);
        if (!actor.username().equals(task.getAssignee()) || task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowActionException("只能取消本人认领的任务。");
        }
        taskService.unclaim(task.getId());
        record(actor, task, HistoryAction.UNCLAIMED, null, null);
    }

    /** The people the task could go to: the same agency and the step's role, neither oneself nor a submitter. */
    @Transactional(readOnly = true)
    List<Person> transferCandidates(Actor actor, String taskId) {
        Task task = holding(actor, taskId);
        Role role = ProcessKeys.roleOf(ProcessKeys.stageOf(task));
        return eligible(actor, task).stream().filter(p -> p.has(role)).toList();
    }

    /**
     * Anyone of the agency in a role of the chain may be asked for an opinion on a review step, except oneself and a
     * submitter. A draft is not delegated (it would come back without a way to edit and submit it); it is transferred.
     */
    @Transactional(readOnly = true)
    List<Person> delegateCandidates(Actor actor, String taskId) {
        Task task = holding(actor, taskId);
        if (ProcessKeys.stageOf(task) == ReportStage.DRAFTING) {
            return List.of();
        }
        return eligible(actor, task).stream()
                .filter(p -> p.roles().stream().anyMatch(Role.CHAIN::contains))
                .toList();
    }

    void transfer(Actor actor, String taskId, String username, String opinion) {
        Task task = holding(actor, taskId);
        Person target = chosen(transferCandidates(actor, taskId), username);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        taskService.setAssignee(task.getId(), target.username());
        long historyId = record(actor, task, HistoryAction.TRANSFERRED, opinion, "转办给 " + target.displayName());
        handedOver(task, historyId, target.username(), StepHandedOver.Kind.TRANSFERRED);
    }

    /** 委派: the delegate gives an opinion and clicks 办毕; the task then returns to the delegator to decide. */
    void delegate(Actor actor, String taskId, String username, String opinion) {
        Task task = holding(actor, taskId);
        if (ProcessKeys.stageOf(task) == ReportStage.DRAFTING) {
            throw new WorkflowActionException("起草环节不能委派，可以转办给本机关其他经办人员。");
        }
        Person target = chosen(delegateCandidates(actor, taskId), username);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        taskService.delegateTask(task.getId(), target.username());
        long historyId = record(actor, task, HistoryAction.DELEGATED, opinion, "委派给 " + target.displayName());
        handedOver(task, historyId, target.username(), StepHandedOver.Kind.DELEGATED);
    }

    void resolve(Actor actor, String taskId, String opinion) {
        Task task = openTasks.require(actor, taskId, null);
        if (task.getDelegationState() != DelegationState.PENDING
                || !actor.username().equals(task.getAssignee())) {
            throw new WorkflowActionException("该任务不是委派给您的任务。");
        }
        if (opinion == null || opinion.isBlank()) {
            throw new WorkflowActionException("办毕委派任务须填写意见，委派人将据此办理。");
        }
        taskService.resolveTask(task.getId());
        Person owner = agencies.person(task.getOwner()).orElse(null);
        long historyId = record(
                actor, task, HistoryAction.RESOLVED, opinion, owner == null ? null : "交回 " + owner.displayName());
        handedOver(task, historyId, task.getOwner(), StepHandedOver.Kind.RESOLVED);
    }

    /**
     * 抄送 from a task one may act on, to a person of the same agency who may read it (not oneself), with an optional
     * 附言 that the recipient reads in 抄送我的, in the message and in the history.
     */
    void copy(Actor actor, String taskId, String username, String remark) {
        if (remark != null && remark.strip().length() > MAX_REMARK) {
            throw new WorkflowActionException("附言不能超过 " + MAX_REMARK + " 字。");
        }
        String kept = remark == null || remark.isBlank() ? null : remark.strip();
        Task task = openTasks.requireAllowed(actor, taskId);
        Person target = agencies.person(username)
                .filter(p -> p.agencyId() == actor.agencyId())
                .filter(TaskHandover::mayRead)
                .filter(p -> !p.username().equals(actor.username()))
                .orElseThrow(() -> new WorkflowActionException("只能抄送给本机关的其他工作人员。"));
        long reportId = ProcessKeys.reportIdOf(task);
        copies.copy(reportId, target.username(), actor.displayName(), kept);
        long historyId = record(actor, task, HistoryAction.COPIED, kept, "抄送给 " + target.displayName());
        events.publishEvent(new ReportCopied(reportId, historyId, target.username()));
    }

    /** The people of the agency a report could be copied to. */
    @Transactional(readOnly = true)
    List<Person> copyCandidates(Actor actor) {
        return agencies.people(actor.agencyId()).stream()
                .filter(p -> !p.username().equals(actor.username()))
                .filter(TaskHandover::mayRead)
                .toList();
    }

    /** Copies go to people of the chain, who have 抄送我的; never to an administrator (三员分立). */
    private static boolean mayRead(Person person) {
        return person.roles().stream().anyMatch(Role.CHAIN::contains);
    }

    /** A task the person holds or may take, not one delegated to them (a delegate only gives an opinion). */
    private Task holding(Actor actor, String taskId) {
        Task task = openTasks.requireAllowed(actor, taskId);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowActionException("委派给您的任务不能再转办或委派，请填写意见后点「办毕」。");
        }
        return task;
    }

    private List<Person> eligible(Actor actor, Task task) {
        List<Person> colleagues = agencies.people(actor.agencyId()).stream()
                .filter(p -> !p.username().equals(actor.username()))
                .toList();
        List<String> allowed = separation.mayTake(
                colleagues.stream().map(Person::username).toList(),
                ProcessKeys.reportIdOf(task),
                ProcessKeys.stageOf(task),
                ProcessKeys.drafterOf(task));
        return colleagues.stream().filter(p -> allowed.contains(p.username())).toList();
    }

    private static Person chosen(List<Person> candidates, String username) {
        return candidates.stream()
                .filter(p -> Objects.equals(p.username(), username))
                .findFirst()
                .orElseThrow(() -> new WorkflowActionException("所选人员不能办理该任务：须是本机关、具有该环节角色的其他人员，且未起草或提交这份报告。"));
    }

    private long record(Actor actor, Task task, HistoryAction action, String opinion, String detail) {
        return history.record(
                ProcessKeys.reportIdOf(task),
                ProcessKeys.stageOf(task),
                action,
                actor.username(),
                actor.displayName(),
                opinion == null || opinion.isBlank() ? null : opinion.strip(),
                detail);
    }

    private void handedOver(Task task, long historyId, String to, StepHandedOver.Kind kind) {
        events.publishEvent(new StepHandedOver(ProcessKeys.reportIdOf(task), historyId, to, kind));
    }
}
