package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.format.Finding;
import cn.nianbao.security.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional body of every task action. Each one first finds the task among those the person may act on
 * (assigned to them, or offered to one of their ROLE@agency groups), so a task of another role or agency, or one
 * already completed, is simply not found. Exceptions are translated by {@link ReportWorkflow}, outside the transaction.
 */
@Component
@Transactional
class TaskActions {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ReportLifecycle reports;
    private final AgencyDirectory agencies;
    private final InboxQuery inboxQuery;

    TaskActions(TaskService taskService, RuntimeService runtimeService, ReportLifecycle reports,
            AgencyDirectory agencies, InboxQuery inboxQuery) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.reports = reports;
        this.agencies = agencies;
        this.inboxQuery = inboxQuery;
    }

    long start(Actor actor, int year) {
        if (!actor.has(Role.HANDLER)) {
            throw new WorkflowActionException("只有经办人员可以新建年度报告。");
        }
        long reportId = reports.create(actor.agencyId(), year, actor.username(), actor.displayName());
        runtimeService.startProcessInstanceByKey(ProcessKeys.PROCESS, String.valueOf(reportId), Map.of(
                ProcessKeys.VAR_REPORT_ID, reportId,
                ProcessKeys.VAR_AGENCY, agencies.codeOf(actor.agencyId()),
                ProcessKeys.VAR_DRAFTER, actor.username()));
        return reportId;
    }

    @Transactional(readOnly = true)
    List<WorkItem> inbox(Actor actor) {
        List<Task> tasks = inboxQuery.page(actor.username(),
                ProcessKeys.groupsOf(actor, agencies.codeOf(actor.agencyId())), 200);
        Map<String, Long> reportIds = inboxQuery.reportIds(tasks);
        return toWorkItems(tasks, task -> reportIds.get(task.getProcessInstanceId()));
    }

    @Transactional(readOnly = true)
    Optional<WorkItem> find(Actor actor, String taskId) {
        return Optional.ofNullable(actionable(actor, taskId))
                .map(task -> toWorkItems(List.of(task), TaskActions::reportIdOf).getFirst());
    }

    /**
     * Errors block the submission; warnings need a note saying why the figures are right as they stand, which is
     * kept in the history for the reviewers.
     */
    void submit(Actor actor, String taskId, String warningNote) {
        Task task = require(actor, taskId, ReportStage.DRAFTING);
        long reportId = reportIdOf(task);
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
        reports.record(reportId, ReportStage.DRAFTING, HistoryAction.SUBMITTED, actor.username(),
                actor.displayName(), note);
        complete(actor, task, ProcessKeys.APPROVE);
    }

    void approve(Actor actor, String taskId, String opinion) {
        Task task = requireReview(actor, taskId);
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
        complete(actor, task, ProcessKeys.APPROVE);
    }

    void returnForRevision(Actor actor, String taskId, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new WorkflowActionException("退回修改必须填写意见，说明需要修改的内容。");
        }
        Task task = requireReview(actor, taskId);
        reports.record(reportIdOf(task), ProcessKeys.stageOf(task.getTaskDefinitionKey()), HistoryAction.RETURNED,
                actor.username(), actor.displayName(), opinion.strip());
        complete(actor, task, ProcessKeys.RETURN);
    }

    /**
     * 撤回: the person who submitted the draft takes it back while 保密审查 has not acted on it. The process takes the
     * return path of the diagram, so a withdrawal looks like a return there and reads 撤回 in the history.
     */
    void withdraw(Actor actor, long reportId) {
        Task task = withdrawable(actor, reportId).orElseThrow(() -> new WorkflowActionException(
                "保密审查已经办理或报告不在待审状态，不能撤回。"));
        reports.record(reportId, ReportStage.SECRECY_REVIEW, HistoryAction.WITHDRAWN, actor.username(),
                actor.displayName(), null);
        taskService.complete(task.getId(), actor.username(), Map.of(), Map.of(ProcessKeys.VAR_DECISION,
                ProcessKeys.RETURN));
    }

    /** The report's 保密审查 task, still untouched, when this person drafted and submitted it. */
    @Transactional(readOnly = true)
    Optional<Task> withdrawable(Actor actor, long reportId) {
        Task task = taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS)
                .processInstanceBusinessKey(String.valueOf(reportId)).taskDefinitionKey("secrecyReview")
                .taskUnassigned().processVariableValueEquals(ProcessKeys.VAR_DRAFTER, actor.username())
                .singleResult();
        return Optional.ofNullable(task);
    }

    private void complete(Actor actor, Task task, String decision) {
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), actor.username());
        }
        taskService.complete(task.getId(), actor.username(), Map.of(), Map.of(ProcessKeys.VAR_DECISION, decision));
    }

    private Task requireReview(Actor actor, String taskId) {
        Task task = require(actor, taskId, null);
        if (ProcessKeys.stageOf(task.getTaskDefinitionKey()) == ReportStage.DRAFTING) {
            throw new WorkflowActionException("起草环节请使用「提交」。");
        }
        return task;
    }

    private Task require(Actor actor, String taskId, ReportStage expected) {
        Task task = actionable(actor, taskId);
        if (task == null) {
            throw new WorkflowActionException(WorkflowActionException.TASK_GONE);
        }
        if (expected != null && ProcessKeys.stageOf(task.getTaskDefinitionKey()) != expected) {
            throw new WorkflowActionException("该任务不在「" + expected.label() + "」环节。");
        }
        return task;
    }

    private Task actionable(Actor actor, String taskId) {
        return actionableTasks(actor).taskId(taskId).includeProcessVariables().singleResult();
    }

    private org.flowable.task.api.TaskQuery actionableTasks(Actor actor) {
        Collection<String> groups = ProcessKeys.groupsOf(actor, agencies.codeOf(actor.agencyId()));
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS).active()
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(groups).endOr();
    }

    private List<WorkItem> toWorkItems(List<Task> tasks, ToLongFunction<Task> reportId) {
        Map<Long, String> titles = reports.titles(tasks.stream().map(reportId::applyAsLong).distinct().toList());
        return tasks.stream().map(task -> new WorkItem(task.getId(), ProcessKeys.stageOf(task.getTaskDefinitionKey()),
                reportId.applyAsLong(task), titles.get(reportId.applyAsLong(task)), task.getCreateTime().toInstant()))
                .toList();
    }

    private static long reportIdOf(Task task) {
        return ProcessKeys.reportId(task.getProcessVariables().get(ProcessKeys.VAR_REPORT_ID));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
