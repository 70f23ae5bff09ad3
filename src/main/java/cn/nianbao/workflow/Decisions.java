package cn.nianbao.workflow;

import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReviewFindings;
import cn.nianbao.report.format.Finding;
import cn.nianbao.security.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional body of every decision: submit, approve (签发 at the last step), return to a step, withdraw.
 * Each first finds the task among those the person may act on ({@link OpenTasks}). Exceptions are translated by
 * {@link ReportWorkflow}, outside the transaction.
 */
@Component
@Transactional
class Decisions {

    static final String DEFAULT_APPROVAL = "同意";

    private final TaskService taskService;
    private final OpenTasks openTasks;
    private final ReportHistory history;
    private final ReportReads reads;
    private final DraftParts parts;
    private final ReviewFindings reviewFindings;
    private final ApplicationEventPublisher events;

    Decisions(
            TaskService taskService,
            OpenTasks openTasks,
            ReportHistory history,
            ReportReads reads,
            DraftParts parts,
            ReviewFindings reviewFindings,
            ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.history = history;
        this.reads = reads;
        this.parts = parts;
        this.reviewFindings = reviewFindings;
        this.events = events;
    }

    /**
     * Errors block the submission; warnings need a note saying why the figures are right as they stand, which is
     * kept in the history for the reviewers.
     */
    void submit(Actor actor, String taskId, String warningNote) {
        Task task = openTasks.require(actor, taskId, ReportStage.DRAFTING);
        long reportId = ProcessKeys.reportIdOf(task);
        refuseWhilePartsOpen(reportId);
        List<Finding> findings = reads.findings(reportId);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new WorkflowActionException("报告有 " + errors.size() + " 处错误，改正后才能提交。第一处："
                    + errors.getFirst().message());
        }
        String note = null;
        if (!findings.isEmpty()) {
            if (warningNote == null || warningNote.isBlank()) {
                throw new WorkflowActionException("报告有 " + findings.size() + " 处警告（第一处："
                        + findings.getFirst().message() + "）。请在「警告说明」中写明原因后再提交。");
            }
            note = "已确认 " + findings.size() + " 处警告，说明：" + warningNote.strip();
        }
        refuseWhileDelegated(task);
        history.record(
                reportId, ReportStage.DRAFTING, HistoryAction.SUBMITTED, actor.username(), actor.displayName(), note);
        complete(actor, task, ProcessKeys.APPROVE, Map.of());
    }

    private void refuseWhilePartsOpen(long reportId) {
        List<PartAssignment> open = parts.openAssignments(reportId);
        if (!open.isEmpty()) {
            throw new WorkflowActionException("还有 " + open.size() + " 个分工部分尚未完成（"
                    + open.stream()
                            .map(a -> "「" + a.part().label() + "」" + a.ownerName())
                            .collect(Collectors.joining("、"))
                    + "）：请等其完成「提交本部分」，或在「分工起草」中取消该分工后再提交。");
        }
    }

    /** 通过, or 签发 at the lead's step (「同意」 when no opinion is given): the chain moves the report on to 发布. */
    void approve(Actor actor, String taskId, String opinion) {
        Task task = openTasks.requireReview(actor, taskId);
        refuseWhileDelegated(task);
        ReportStage stage = ProcessKeys.stageOf(task);
        long reportId = ProcessKeys.reportIdOf(task);
        boolean signOff = stage == ReportStage.LEAD_SIGNOFF;
        if (signOff && !reads.errors(reportId).isEmpty()) {
            throw new WorkflowActionException("报告未通过勾稽关系校验，不能签发，请退回修改。");
        }
        if (stage == ReportStage.SECRECY_REVIEW) {
            reviewFindings.approvalRefusal(reportId).ifPresent(WorkflowActionException::refuse);
        }
        history.record(
                reportId,
                stage,
                signOff ? HistoryAction.SIGNED : HistoryAction.APPROVED,
                actor.username(),
                actor.displayName(),
                orDefault(opinion));
        complete(actor, task, ProcessKeys.APPROVE, Map.of());
    }

    /** The steps this task may be returned to: 起草 and every review step before it, each with its last holder. */
    @Transactional(readOnly = true)
    List<ReturnTarget> returnTargets(Actor actor, String taskId) {
        Task task = openTasks.requireReview(actor, taskId);
        return steps(ProcessKeys.reportIdOf(task)).returnTargets(ProcessKeys.stageOf(task));
    }

    /**
     * 退回修改 to {@code target} (起草 when null): the task lands with the person who did that step last, who sees
     * the opinion and what changed since their version.
     */
    void returnTo(Actor actor, String taskId, ReportStage target, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new WorkflowActionException("退回修改必须填写意见，说明需要修改的内容。");
        }
        Task task = openTasks.requireReview(actor, taskId);
        refuseWhileDelegated(task);
        long reportId = ProcessKeys.reportIdOf(task);
        ReportStage stage = ProcessKeys.stageOf(task);
        ReportStage to = target == null ? ReportStage.DRAFTING : target;
        ReturnTarget returnTarget = steps(reportId).returnTargets(stage).stream()
                .filter(t -> t.step() == to)
                .findFirst()
                .orElseThrow(() -> new WorkflowActionException("只能退回到本报告已经办理过的前序环节。"));
        long historyId = history.record(
                reportId,
                stage,
                HistoryAction.RETURNED,
                actor.username(),
                actor.displayName(),
                opinion.strip(),
                "退回至「" + to.label() + "」· " + returnTarget.displayName());
        complete(
                actor,
                task,
                ProcessKeys.returnDecision(to),
                Map.of(ProcessKeys.VAR_RETURN_ASSIGNEE, returnTarget.username()));
        events.publishEvent(new ReportReturned(reportId, historyId, to, returnTarget.username()));
    }

    /**
     * 撤回: whoever completed the step before the open one (the submitter, or the reviewer who approved) takes the
     * report back while the open step has not acted on it. The process takes the return path of the diagram, so a
     * withdrawal looks like a return there, reads 撤回 in the history and lands with the person who withdrew.
     */
    void withdraw(Actor actor, long reportId) {
        Task task =
                withdrawable(actor, reportId).orElseThrow(() -> new WorkflowActionException(refusal(actor, reportId)));
        ReportStage stage = ProcessKeys.stageOf(task);
        ReportStage back = stage.previousInChain();
        long historyId = history.record(
                reportId,
                stage,
                HistoryAction.WITHDRAWN,
                actor.username(),
                actor.displayName(),
                null,
                "撤回至「" + back.label() + "」");
        // The claim is the compare-and-set: it fails if the next step claimed the task since it was read above.
        taskService.claim(task.getId(), actor.username());
        taskService.complete(
                task.getId(),
                actor.username(),
                Map.of(ProcessKeys.VAR_RETURN_ASSIGNEE, actor.username()),
                Map.of(ProcessKeys.VAR_DECISION, ProcessKeys.returnDecision(back)));
        events.publishEvent(new ReportWithdrawn(reportId, historyId, actor.username()));
    }

    /** The report's open review task, untouched, when this person completed the step before it. */
    @Transactional(readOnly = true)
    Optional<Task> withdrawable(Actor actor, long reportId) {
        return openTasks
                .openReview(reportId)
                .filter(Decisions::untouched)
                .filter(task -> steps(reportId)
                        .lastActing()
                        .filter(last -> last.actorUsername().equals(actor.username())
                                && last.stage() == ProcessKeys.stageOf(task).previousInChain()
                                && (last.action() == HistoryAction.SUBMITTED
                                        || last.action() == HistoryAction.APPROVED))
                        .isPresent());
    }

    /** Why a withdrawal is refused, in words the person can act on. */
    private String refusal(Actor actor, long reportId) {
        Optional<Task> open = openTasks.openReview(reportId);
        if (open.isEmpty()) {
            return "报告不在待审状态，不能撤回。";
        }
        ReportStage stage = ProcessKeys.stageOf(open.get());
        ReportStage previous = stage.previousInChain();
        boolean didPrevious = steps(reportId)
                .lastDoneAt(previous)
                .filter(item -> actor.username().equals(item.actorUsername()))
                .isPresent();
        return didPrevious
                ? "「" + stage.label() + "」已经办理（认领、转办、委派、标记审查提示或作出决定），不能撤回。"
                : "您没有办理上一环节「" + previous.label() + "」，不能撤回。";
    }

    private static boolean untouched(Task task) {
        return task.getAssignee() == null && task.getOwner() == null && task.getDelegationState() == null;
    }

    StepHistory steps(long reportId) {
        return new StepHistory(history.of(reportId));
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

    static void refuseWhileDelegated(Task task) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowActionException("这是委派给您的任务：请填写意见后点「办毕」，由委派人最终办理。");
        }
    }

    /** An approval given without words reads 「同意」 in the history, as on the paper form: no blank 意见栏. */
    private static String orDefault(String opinion) {
        return opinion == null || opinion.isBlank() ? DEFAULT_APPROVAL : opinion.strip();
    }
}
