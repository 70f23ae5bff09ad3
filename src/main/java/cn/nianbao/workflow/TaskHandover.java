package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a task on without deciding it: 认领/取消认领 (claim/unclaim a task offered to a group), 转办 (transfer to
 * someone of the same agency and role), 委派 (delegate: the task comes back to the delegator to finish), 抄送 (copy
 * for reading) and 催办 (remind whoever holds the open step). Each is checked here and kept in the history.
 */
@Component
@Transactional
class TaskHandover {

    private final TaskActions actions;
    private final TaskService taskService;
    private final ReportLifecycle reports;
    private final AgencyDirectory agencies;
    private final NotificationService notifications;

    TaskHandover(TaskActions actions, TaskService taskService, ReportLifecycle reports, AgencyDirectory agencies,
            NotificationService notifications) {
        this.actions = actions;
        this.taskService = taskService;
        this.reports = reports;
        this.agencies = agencies;
        this.notifications = notifications;
    }

    void claim(Actor actor, String taskId) {
        Task task = actions.requireReview(actor, taskId);
        if (task.getAssignee() != null) {
            throw new WorkflowActionException("该任务已由他人认领，请返回待办列表刷新。");
        }
        taskService.claim(task.getId(), actor.username());
        record(actor, task, HistoryAction.CLAIMED, null, null);
    }

    /** Gives a claimed review task back to its group, so that anyone of that role may take it. */
    void unclaim(Actor actor, String taskId) {
        Task task = actions.requireReview(actor, taskId);
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
        Role role = ProcessKeys.roleOf(stageOf(task));
        return eligible(actor, task).stream().filter(p -> p.has(role)).toList();
    }

    /**
     * Anyone of the agency in a role of the chain may be asked for an opinion on a review step, except oneself and a
     * submitter. A draft is not delegated (it would come back without a way to edit and submit it); it is transferred.
     */
    @Transactional(readOnly = true)
    List<Person> delegateCandidates(Actor actor, String taskId) {
        Task task = holding(actor, taskId);
        if (stageOf(task) == ReportStage.DRAFTING) {
            return List.of();
        }
        return eligible(actor, task).stream().filter(p -> p.roles().stream().anyMatch(Role.CHAIN::contains))
                .toList();
    }

    void transfer(Actor actor, String taskId, String username, String opinion) {
        Task task = holding(actor, taskId);
        Person target = chosen(transferCandidates(actor, taskId), username);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        taskService.setAssignee(task.getId(), target.username());
        record(actor, task, HistoryAction.TRANSFERRED, opinion, "转办给 " + target.displayName());
        notifyAbout(target.username(), NotificationKind.NEW_TASK, task,
                actor.displayName() + "将「" + stageOf(task).label() + "」转办给您");
    }

    /** 委派: the delegate gives an opinion and clicks 办毕; the task then returns to the delegator to decide. */
    void delegate(Actor actor, String taskId, String username, String opinion) {
        Task task = holding(actor, taskId);
        if (stageOf(task) == ReportStage.DRAFTING) {
            throw new WorkflowActionException("起草环节不能委派，可以转办给本机关其他经办人员。");
        }
        Person target = chosen(delegateCandidates(actor, taskId), username);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        taskService.delegateTask(task.getId(), target.username());
        record(actor, task, HistoryAction.DELEGATED, opinion, "委派给 " + target.displayName());
        notifyAbout(target.username(), NotificationKind.NEW_TASK, task,
                actor.displayName() + "请您对「" + stageOf(task).label() + "」提出意见（委派）");
    }

    void resolve(Actor actor, String taskId, String opinion) {
        Task task = actions.require(actor, taskId, null);
        if (task.getDelegationState() != DelegationState.PENDING || !actor.username().equals(task.getAssignee())) {
            throw new WorkflowActionException("该任务不是委派给您的任务。");
        }
        if (opinion == null || opinion.isBlank()) {
            throw new WorkflowActionException("办毕委派任务须填写意见，委派人将据此办理。");
        }
        taskService.resolveTask(task.getId());
        Person owner = agencies.person(task.getOwner()).orElse(null);
        record(actor, task, HistoryAction.RESOLVED, opinion, owner == null ? null : "交回 " + owner.displayName());
        notifyAbout(task.getOwner(), NotificationKind.NEW_TASK, task, actor.displayName() + "已办毕委派，请您办理");
    }

    /** 抄送 from a task one may act on, to a person of the same agency who may read it (not oneself). */
    void copy(Actor actor, String taskId, String username) {
        Task task = actions.requireAllowed(actor, taskId);
        Person target = agencies.person(username).filter(p -> p.agencyId() == actor.agencyId())
                .filter(TaskHandover::mayRead).filter(p -> !p.username().equals(actor.username()))
                .orElseThrow(() -> new WorkflowActionException("只能抄送给本机关的其他工作人员。"));
        long reportId = TaskActions.reportIdOf(task);
        reports.copy(reportId, target.username(), actor.displayName());
        record(actor, task, HistoryAction.COPIED, null, "抄送给 " + target.displayName());
        notifyAbout(target.username(), NotificationKind.COPIED, task, actor.displayName() + "抄送给您");
    }

    /** The people of the agency a report could be copied to. */
    @Transactional(readOnly = true)
    List<Person> copyCandidates(Actor actor) {
        return agencies.people(actor.agencyId()).stream().filter(p -> !p.username().equals(actor.username()))
                .filter(TaskHandover::mayRead).toList();
    }

    /** Copies go to people of the chain, who have 抄送我的; never to an administrator (三员分立). */
    private static boolean mayRead(Person person) {
        return person.roles().stream().anyMatch(Role.CHAIN::contains);
    }

    /**
     * 催办: a reminder to whoever holds the open step (or, while nobody has claimed it, to everyone it is offered
     * to). Anyone of the agency who took part in the report may urge; returns the number of people reminded.
     */
    int urge(Actor actor, long reportId, String text) {
        StepHistory steps = actions.steps(reportId);
        boolean tookPart = steps.items().stream().anyMatch(i -> actor.username().equals(i.actorUsername()));
        long agencyId = reports.refs(List.of(reportId)).get(reportId).agencyId();
        boolean watchesFromAbove = actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
        Task task = actions.openReviewTask(reportId).or(() -> openDraft(reportId))
                .orElseThrow(() -> new WorkflowActionException("报告不在审批中，无需催办。"));
        if (!tookPart && !watchesFromAbove) {
            throw new WorkflowActionException("只有参与过本报告办理的人员或上级主管部门协调员可以催办。");
        }
        List<String> holders = task.getAssignee() != null ? List.of(task.getAssignee())
                : agencies.people(agencyId).stream().filter(p -> p.has(ProcessKeys.roleOf(stageOf(task))))
                        .map(Person::username).filter(u -> !submitted(steps, u)).toList();
        holders = holders.stream().filter(u -> !u.equals(actor.username())).toList();
        if (holders.isEmpty()) {
            throw new WorkflowActionException("当前环节没有可以催办的人员。");
        }
        String message = actor.displayName() + "催办「" + stageOf(task).label() + "」"
                + (text == null || text.isBlank() ? "" : "：" + text.strip());
        holders.forEach(u -> notifications.notify(u, NotificationKind.URGED,
                message + "（" + reports.titles(List.of(reportId)).get(reportId) + "）", "reports/" + reportId));
        List<String> names = holders.stream().map(u -> agencies.person(u).map(Person::displayName).orElse(u))
                .toList();
        reports.record(reportId, stageOf(task), HistoryAction.URGED, actor.username(), actor.displayName(),
                text == null || text.isBlank() ? null : text.strip(), "催办 " + String.join("、", names));
        return holders.size();
    }

    private Optional<Task> openDraft(long reportId) {
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId)).taskDefinitionKey(
                        ProcessKeys.taskKeyOf(ReportStage.DRAFTING)).active().list().stream().findFirst();
    }

    private static boolean submitted(StepHistory steps, String username) {
        return steps.items().stream().anyMatch(i -> i.action() == HistoryAction.SUBMITTED
                && username.equals(i.actorUsername()));
    }

    /** A task the person holds or may take, not one delegated to them (a delegate only gives an opinion). */
    private Task holding(Actor actor, String taskId) {
        Task task = actions.requireAllowed(actor, taskId);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowActionException("委派给您的任务不能再转办或委派，请填写意见后点「办毕」。");
        }
        return task;
    }

    private List<Person> eligible(Actor actor, Task task) {
        return agencies.people(actor.agencyId()).stream()
                .filter(p -> !p.username().equals(actor.username()))
                .filter(p -> !TaskActions.separated(p.username(), task)).toList();
    }

    private static Person chosen(List<Person> candidates, String username) {
        return candidates.stream().filter(p -> Objects.equals(p.username(), username)).findFirst()
                .orElseThrow(() -> new WorkflowActionException(
                        "所选人员不能办理该任务：须是本机关、具有该环节角色的其他人员，且未起草或提交这份报告。"));
    }

    private void record(Actor actor, Task task, HistoryAction action, String opinion, String detail) {
        reports.record(TaskActions.reportIdOf(task), stageOf(task), action, actor.username(), actor.displayName(),
                opinion == null || opinion.isBlank() ? null : opinion.strip(), detail);
    }

    private void notifyAbout(String username, NotificationKind kind, Task task, String text) {
        long reportId = TaskActions.reportIdOf(task);
        notifications.notify(username, kind, text + "：" + reports.titles(List.of(reportId)).get(reportId),
                "reports/" + reportId);
    }

    private static ReportStage stageOf(Task task) {
        return ProcessKeys.stageOf(task.getTaskDefinitionKey());
    }
}
