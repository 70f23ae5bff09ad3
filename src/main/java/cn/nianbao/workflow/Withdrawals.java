package cn.nianbao.workflow;

import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 撤回, as {@link ReportWorkflow} offers it: who may take a report back, and the taking back. */
@Component
@Transactional
class Withdrawals {

    private final TaskService taskService;
    private final OpenTasks openTasks;
    private final ReportHistory history;
    private final ApplicationEventPublisher events;

    Withdrawals(TaskService taskService, OpenTasks openTasks, ReportHistory history, ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.history = history;
        this.events = events;
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
                .filter(Withdrawals::untouched)
                // 签发 is final: the lead does not take back a report waiting for 备案
                .filter(task -> ProcessKeys.stageOf(task) != ReportStage.FILING)
                .filter(task -> new StepHistory(history.of(reportId))
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
        if (stage == ReportStage.FILING) {
            return "报告已签发，正在等待主管部门备案，签发后不能撤回。";
        }
        ReportStage previous = stage.previousInChain();
        boolean didPrevious = new StepHistory(history.of(reportId))
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
}
