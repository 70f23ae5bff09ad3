package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.deadline.AgencyYear;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.deadline.Deadlines;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Finding;
import cn.nianbao.security.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional body of every decision. Each one first finds the task among those the person may act on
 * (assigned to them, or offered to one of their ROLE@agency groups), so a task of another role or agency, or one
 * already completed, is simply not found; a review task of a report the person drafted or submitted is refused
 * (审批分离). Exceptions are translated by {@link ReportWorkflow}, outside the transaction.
 */
@Component
@Transactional
class TaskActions {

    private final TaskService taskService;
    private final ProcessStarter processes;
    private final ReportLifecycle reports;
    private final AgencyDirectory agencies;
    private final NotificationService notifications;
    private final Deadlines deadlines;
    private final InboxQuery inboxQuery;
    private final SectionSplit split;

    TaskActions(TaskService taskService, ProcessStarter processes, ReportLifecycle reports,
            AgencyDirectory agencies, NotificationService notifications, Deadlines deadlines,
            InboxQuery inboxQuery, SectionSplit split) {
        this.split = split;
        this.deadlines = deadlines;
        this.inboxQuery = inboxQuery;
        this.taskService = taskService;
        this.processes = processes;
        this.reports = reports;
        this.agencies = agencies;
        this.notifications = notifications;
    }

    long start(Actor actor, int year) {
        if (!actor.has(Role.HANDLER)) {
            throw new WorkflowActionException("只有经办人员可以新建年度报告。");
        }
        long reportId = reports.create(actor.agencyId(), year, actor.username(), actor.displayName());
        processes.start(reportId, actor.agencyId(), actor.username());
        return reportId;
    }

    /**
     * The person's open tasks, without review tasks of reports they drafted or submitted, and with the parts of
     * drafts handed to them (分工起草).
     */
    @Transactional(readOnly = true)
    List<WorkItem> inbox(Actor actor) {
        List<Task> page = inboxQuery.page(actor.username(),
                ProcessKeys.groupsOf(actor, agencies.codeOf(actor.agencyId())), 200);
        List<Task> tasks = new ArrayList<>(inboxQuery.withVariables(page));
        tasks.removeIf(task -> separated(actor.username(), task));
        return toWorkItems(actor, tasks).stream().sorted(WorkItem.BY_URGENCY).toList();
    }

    /** A part of a draft handed to this person, if it is still open. */
    @Transactional(readOnly = true)
    Optional<WorkItem> findPart(Actor actor, String taskId) {
        return split.partTask(actor, taskId).map(task -> toWorkItems(actor, List.of(task)).getFirst());
    }

    @Transactional(readOnly = true)
    Optional<WorkItem> find(Actor actor, String taskId) {
        return Optional.ofNullable(actionable(actor, taskId)).filter(task -> !separated(actor.username(), task))
                .map(task -> toWorkItems(actor, List.of(task)).getFirst());
    }

    /**
     * Errors block the submission; warnings need a note saying why the figures are right as they stand, which is
     * kept in the history for the reviewers.
     */
    void submit(Actor actor, String taskId, String warningNote) {
        Task task = require(actor, taskId, ReportStage.DRAFTING);
        long reportId = reportIdOf(task);
        refuseWhilePartsOpen(reportId);
        List<Finding> findings = reports.findings(reportId);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new WorkflowActionException("报告有 " + errors.size() + " 处错误，改正后才能提交。第一处："
                    + errors.getFirst().message());
        }
        String note = null;
        if (!findings.isEmpty()) {
            if (warningNote == null || warningNote.isBlank()) {
                throw new WorkflowActionException("报告有 " + findings.size() + " 处警告（第一处：" + findings.getFirst()
                        .message() + "）。请在「警告说明」中写明原因后再提交。");
            }
            note = "已确认 " + findings.size() + " 处警告，说明：" + warningNote.strip();
        }
        refuseWhileDelegated(task);
        reports.record(reportId, ReportStage.DRAFTING, HistoryAction.SUBMITTED, actor.username(),
                actor.displayName(), note);
        String submitters = String.valueOf(task.getProcessVariables().getOrDefault(ProcessKeys.VAR_SUBMITTERS, ","));
        complete(actor, task, ProcessKeys.APPROVE, submitters.contains("," + actor.username() + ",") ? Map.of()
                : Map.of(ProcessKeys.VAR_SUBMITTERS, submitters + actor.username() + ","));
    }

    private void refuseWhilePartsOpen(long reportId) {
        List<PartAssignment> open = split.openAssignments(reportId);
        if (!open.isEmpty()) {
            throw new WorkflowActionException("还有 " + open.size() + " 个分工部分尚未完成（" + open.stream()
                    .map(a -> "「" + a.part().label() + "」" + a.ownerName()).collect(Collectors.joining("、"))
                    + "）：请等其完成「提交本部分」，或在「分工起草」中取消该分工后再提交。");
        }
    }

    void approve(Actor actor, String taskId, String opinion) {
        Task task = requireReview(actor, taskId);
        refuseWhileDelegated(task);
        ReportStage stage = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        long reportId = reportIdOf(task);
        boolean signOff = stage == ReportStage.LEAD_SIGNOFF;
        if (signOff && !reports.errors(reportId).isEmpty()) {
            throw new WorkflowActionException("报告未通过勾稽关系校验，不能签发，请退回修改。");
        }
        reports.record(reportId, stage, signOff ? HistoryAction.SIGNED : HistoryAction.APPROVED, actor.username(),
                actor.displayName(), blankToNull(opinion));
        if (signOff) {
            reports.moveTo(reportId, ReportStage.PUBLISHING);
        }
        complete(actor, task, ProcessKeys.APPROVE, Map.of());
    }

    /** The steps this task may be returned to: 起草 and every review step before it, each with its last holder. */
    @Transactional(readOnly = true)
    List<ReturnTarget> returnTargets(Actor actor, String taskId) {
        Task task = requireReview(actor, taskId);
        return steps(reportIdOf(task)).returnTargets(ProcessKeys.stageOf(task.getTaskDefinitionKey()));
    }

    /**
     * 退回修改 to {@code target} (起草 when null): the task lands with the person who did that step last, who sees
     * the opinion and what changed since their version.
     */
    void returnTo(Actor actor, String taskId, ReportStage target, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new WorkflowActionException("退回修改必须填写意见，说明需要修改的内容。");
        }
        Task task = requireReview(actor, taskId);
        refuseWhileDelegated(task);
        long reportId = reportIdOf(task);
        ReportStage stage = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        ReportStage to = target == null ? ReportStage.DRAFTING : target;
        ReturnTarget returnTarget = steps(reportId).returnTargets(stage).stream()
                .filter(t -> t.step() == to).findFirst()
                .orElseThrow(() -> new WorkflowActionException("只能退回到本报告已经办理过的前序环节。"));
        reports.record(reportId, stage, HistoryAction.RETURNED, actor.username(), actor.displayName(),
                opinion.strip(), "退回至「" + to.label() + "」· " + returnTarget.displayName());
        notifications.notify(returnTarget.username(), NotificationKind.RETURNED, actor.displayName() + "将「"
                + reports.titles(List.of(reportId)).get(reportId) + "」退回至「" + to.label() + "」：" + opinion.strip(),
                "reports/" + reportId);
        complete(actor, task, ProcessKeys.returnDecision(to),
                Map.of(ProcessKeys.VAR_RETURN_ASSIGNEE, returnTarget.username()));
    }

    /**
     * 撤回: whoever completed the step before the open one (the submitter, or the reviewer who approved) takes the
     * report back while the open step has not acted on it. The process takes the return path of the diagram, so a
     * withdrawal looks like a return there, reads 撤回 in the history and lands with the person who withdrew.
     */
    void withdraw(Actor actor, long reportId) {
        Task task = withdrawable(actor, reportId).orElseThrow(() -> new WorkflowActionException(
                refusal(actor, reportId)));
        ReportStage stage = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        ReportStage back = ProcessKeys.previous(stage);
        reports.record(reportId, stage, HistoryAction.WITHDRAWN, actor.username(), actor.displayName(), null,
                "撤回至「" + back.label() + "」");
        // The claim is the compare-and-set: it fails if the next step claimed the task since it was read above.
        taskService.claim(task.getId(), actor.username());
        taskService.complete(task.getId(), actor.username(),
                Map.of(ProcessKeys.VAR_RETURN_ASSIGNEE, actor.username()),
                Map.of(ProcessKeys.VAR_DECISION, ProcessKeys.returnDecision(back)));
    }

    /** The report's open review task, untouched, when this person completed the step before it. */
    @Transactional(readOnly = true)
    Optional<Task> withdrawable(Actor actor, long reportId) {
        return openReviewTask(reportId).filter(TaskActions::untouched).filter(task -> steps(reportId).lastActing()
                .filter(last -> last.actorUsername().equals(actor.username())
                        && last.stage() == ProcessKeys.previous(ProcessKeys.stageOf(task.getTaskDefinitionKey()))
                        && (last.action() == HistoryAction.SUBMITTED || last.action() == HistoryAction.APPROVED))
                .isPresent());
    }

    /** Why a withdrawal is refused, in words the person can act on. */
    private String refusal(Actor actor, long reportId) {
        Optional<Task> open = openReviewTask(reportId);
        if (open.isEmpty()) {
            return "报告不在待审状态，不能撤回。";
        }
        ReportStage stage = ProcessKeys.stageOf(open.get().getTaskDefinitionKey());
        ReportStage previous = ProcessKeys.previous(stage);
        boolean didPrevious = steps(reportId).lastDoneAt(previous)
                .filter(item -> actor.username().equals(item.actorUsername())).isPresent();
        return didPrevious ? "「" + stage.label() + "」已经办理（认领、转办、委派或作出决定），不能撤回。"
                : "您没有办理上一环节「" + previous.label() + "」，不能撤回。";
    }

    Optional<Task> openReviewTask(long reportId) {
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId)).active().list().stream()
                .filter(task -> ProcessKeys.stageOf(task.getTaskDefinitionKey()) != ReportStage.DRAFTING)
                .findFirst();
    }

    private static boolean untouched(Task task) {
        return task.getAssignee() == null && task.getOwner() == null && task.getDelegationState() == null;
    }

    StepHistory steps(long reportId) {
        return new StepHistory(reports.history(reportId));
    }

    private void complete(Actor actor, Task task, String decision, Map<String, Object> variables) {
        // The claim makes the person a participant of the process (InboxQuery finds a step returned to them through
        // that link) and is the compare-and-set that makes a second click fail with 「已由他人处理」.
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        Map<String, Object> transients = new HashMap<>();
        transients.put(ProcessKeys.VAR_DECISION, decision);
        taskService.complete(task.getId(), actor.username(), variables, transients);
    }

    private static void refuseWhileDelegated(Task task) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowActionException("这是委派给您的任务：请填写意见后点「办毕」，由委派人最终办理。");
        }
    }

    Task requireReview(Actor actor, String taskId) {
        Task task = requireAllowed(actor, taskId);
        if (ProcessKeys.stageOf(task.getTaskDefinitionKey()) == ReportStage.DRAFTING) {
            throw new WorkflowActionException("起草环节请使用「提交」。");
        }
        return task;
    }

    /** A task the person may act on at any step, refusing a review step of a report they drafted or submitted. */
    Task requireAllowed(Actor actor, String taskId) {
        Task task = require(actor, taskId, null);
        if (separated(actor.username(), task)) {
            throw new WorkflowActionException("您起草或提交了这份报告，不能办理它的「"
                    + ProcessKeys.stageOf(task.getTaskDefinitionKey()).label() + "」（起草与审核须由不同的人负责）。");
        }
        return task;
    }

    Task require(Actor actor, String taskId, ReportStage expected) {
        Task task = actionable(actor, taskId);
        if (task == null) {
            throw new WorkflowActionException(WorkflowActionException.TASK_GONE);
        }
        if (expected != null && ProcessKeys.stageOf(task.getTaskDefinitionKey()) != expected) {
            throw new WorkflowActionException("该任务不在「" + expected.label() + "」环节。");
        }
        return task;
    }

    /** 审批分离: whoever drafted or submitted the report may not do any of its review steps. */
    static boolean separated(String username, Task task) {
        if (ProcessKeys.stageOf(task.getTaskDefinitionKey()) == ReportStage.DRAFTING) {
            return false;
        }
        Map<String, Object> variables = task.getProcessVariables();
        return username.equals(variables.get(ProcessKeys.VAR_DRAFTER))
                || String.valueOf(variables.get(ProcessKeys.VAR_SUBMITTERS)).contains("," + username + ",");
    }

    private Task actionable(Actor actor, String taskId) {
        return actionableTasks(actor).taskId(taskId).includeProcessVariables().singleResult();
    }

    private TaskQuery actionableTasks(Actor actor) {
        Collection<String> groups = ProcessKeys.groupsOf(actor, agencies.codeOf(actor.agencyId()));
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS).active()
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(groups).endOr();
    }

    private List<WorkItem> toWorkItems(Actor actor, List<Task> tasks) {
        Map<Long, ReportRef> refs = reports.refs(tasks.stream().map(TaskActions::reportIdOf).distinct().toList());
        Map<AgencyYear, Deadline> due = deadlines.of(refs.values().stream().filter(r -> !r.isCorrection())
                .map(r -> new AgencyYear(r.agencyId(), r.year())).distinct().toList());
        return tasks.stream().map(task -> {
            ReportRef ref = refs.get(reportIdOf(task));
            Deadline deadline = ref.isCorrection() ? null : due.get(new AgencyYear(ref.agencyId(), ref.year()));
            return new WorkItem(task.getId(), ProcessKeys.stageOf(task.getTaskDefinitionKey()), ref.reportId(),
                    ref.title(), task.getCreateTime().toInstant(), deadline, holding(actor, task),
                    ProcessKeys.PART_TASK.equals(task.getTaskDefinitionKey()) ? SectionSplit.partOf(task) : null);
        }).toList();
    }

    private static WorkItem.Holding holding(Actor actor, Task task) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            return WorkItem.Holding.DELEGATED_TO_ME;
        }
        return actor.username().equals(task.getAssignee()) ? WorkItem.Holding.MINE : WorkItem.Holding.OFFERED;
    }

    static long reportIdOf(Task task) {
        return ProcessKeys.reportId(task.getProcessVariables().get(ProcessKeys.VAR_REPORT_ID));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
