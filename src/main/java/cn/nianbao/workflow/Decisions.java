package cn.nianbao.workflow;

import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final StepRules rules;
    private final FilingStep filing;
    private final Withdrawals withdrawals;
    private final ApplicationEventPublisher events;

    Decisions(
            TaskService taskService,
            OpenTasks openTasks,
            ReportHistory history,
            StepRules rules,
            FilingStep filing,
            Withdrawals withdrawals,
            ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.history = history;
        this.rules = rules;
        this.filing = filing;
        this.withdrawals = withdrawals;
        this.events = events;
    }

    /** 提交, once the draft meets what {@link StepRules} asks of it (the warnings' note goes into the history). */
    void submit(Actor actor, String taskId, String warningNote) {
        Task task = openTasks.require(actor, taskId, ReportStage.DRAFTING);
        long reportId = ProcessKeys.reportIdOf(task);
        String note = rules.submissionNote(reportId, warningNote);
        refuseWhileDelegated(task);
        history.record(
                reportId, ReportStage.DRAFTING, HistoryAction.SUBMITTED, actor.username(), actor.displayName(), note);
        complete(actor, task, ProcessKeys.APPROVE, Map.of());
    }

    /**
     * 通过, or 签发 at the lead's step (「同意」 when no opinion is given), or 备案 by the area's coordinator: the chain
     * moves the report on, after 签发 to 备案 where the area requires it ({@link FilingStep}), else to 发布.
     */
    void approve(Actor actor, String taskId, String opinion) {
        Task task = openTasks.requireReview(actor, taskId);
        refuseWhileDelegated(task);
        ReportStage stage = ProcessKeys.stageOf(task);
        long reportId = ProcessKeys.reportIdOf(task);
        boolean signOff = stage == ReportStage.LEAD_SIGNOFF;
        rules.refuseApproval(stage, reportId);
        boolean filed = stage == ReportStage.FILING;
        history.record(
                reportId,
                stage,
                signOff ? HistoryAction.SIGNED : filed ? HistoryAction.FILED : HistoryAction.APPROVED,
                actor.username(),
                actor.displayName(),
                orDefault(opinion, stage));
        complete(actor, task, ProcessKeys.APPROVE, signOff ? filing.variablesAtSignOff(reportId) : Map.of());
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

    /** 撤回 ({@link Withdrawals}): the person takes the report back from the step after theirs. */
    void withdraw(Actor actor, long reportId) {
        withdrawals.withdraw(actor, reportId);
    }

    @Transactional(readOnly = true)
    Optional<Task> withdrawable(Actor actor, long reportId) {
        return withdrawals.withdrawable(actor, reportId);
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

    /**
     * What an approval given without words records, as on the paper form, so that no 意见栏 is blank: 「同意」, and at
     * 备案 「予以备案」.
     */
    static String defaultOpinion(ReportStage stage) {
        return stage == ReportStage.FILING ? FilingStep.DEFAULT_REMARK : DEFAULT_APPROVAL;
    }

    private static String orDefault(String opinion, ReportStage stage) {
        return opinion == null || opinion.isBlank() ? defaultOpinion(stage) : opinion.strip();
    }
}
