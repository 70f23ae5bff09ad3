package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分工起草: the responsible handler (who holds the report's 起草 task) hands parts of the draft to handlers of the
 * same agency. Each part is one instance of the event sub-process 分工起草 inside the report's 起草 sub-process,
 * with one task for the colleague, so they draft in parallel; while one is open the report cannot be submitted
 * (nor would the engine leave 起草), and the colleague may change only their parts.
 */
@Component
@Transactional
class SectionSplit {

    private final TaskService taskService;
    private final PartMessages messages;
    private final DraftParts parts;
    private final AgencyDirectory agencies;
    private final ReportHistory history;
    private final ApplicationEventPublisher events;

    SectionSplit(
            TaskService taskService,
            PartMessages messages,
            DraftParts parts,
            AgencyDirectory agencies,
            ReportHistory history,
            ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.messages = messages;
        this.parts = parts;
        this.agencies = agencies;
        this.history = history;
        this.events = events;
    }

    /** Handlers of the person's agency to whom a part can be handed (not the person themselves). */
    @Transactional(readOnly = true)
    List<Person> candidates(Actor actor) {
        return agencies.people(actor.agencyId()).stream()
                .filter(p -> p.has(Role.HANDLER) && !p.username().equals(actor.username()))
                .toList();
    }

    void assign(Actor actor, String draftTaskId, DraftPart part, String username) {
        Task draft = responsibleDraft(actor, draftTaskId);
        long reportId = ProcessKeys.reportIdOf(draft);
        Person owner = agencies.person(username == null ? "" : username)
                .filter(p -> p.agencyId() == actor.agencyId() && p.has(Role.HANDLER))
                .orElseThrow(() -> new WorkflowActionException("只能分配给本机关的经办人员。"));
        if (owner.username().equals(actor.username())) {
            throw new WorkflowActionException("您是本报告的起草负责人，可以直接编辑「" + part.label() + "」，无需分工给自己。");
        }
        Optional<Task> taken = parts.openPart(reportId, part);
        if (taken.isPresent()) {
            throw new WorkflowActionException(
                    "「" + part.label() + "」已分配给" + DraftParts.ownerNameOf(taken.get()) + "，尚未完成；如需改派，请先取消该分工。");
        }
        if (!messages.assign(draft.getProcessInstanceId(), reportId, part, owner)) {
            throw new WorkflowActionException("这份报告按旧版流程办理，不能分工起草；请直接编辑全部内容。");
        }
        long historyId = history.record(
                reportId,
                ReportStage.DRAFTING,
                HistoryAction.PART_ASSIGNED,
                actor.username(),
                actor.displayName(),
                null,
                "「" + part.label() + "」分配给" + owner.displayName());
        String taskId = parts.openPart(reportId, part).orElseThrow().getId();
        events.publishEvent(new PartAssigned(reportId, historyId, part, owner.username(), taskId));
    }

    /** 提交本部分: the colleague is done with their part; the responsible handler sees it finished. */
    void finish(Actor actor, String partTaskId) {
        Task task = parts.partTask(actor, partTaskId)
                .orElseThrow(() -> new WorkflowActionException(WorkflowActionException.TASK_GONE));
        long reportId = ProcessKeys.reportIdOf(task);
        history.record(
                reportId,
                ReportStage.DRAFTING,
                HistoryAction.PART_FINISHED,
                actor.username(),
                actor.displayName(),
                null,
                "「" + DraftParts.partLabelOf(task) + "」");
        taskService.complete(task.getId());
    }

    /** Takes an unfinished part back: the colleague's task ends, what they saved so far stays in the draft. */
    void cancel(Actor actor, String draftTaskId, DraftPart part) {
        long reportId = ProcessKeys.reportIdOf(responsibleDraft(actor, draftTaskId));
        Task open = parts.openPart(reportId, part)
                .orElseThrow(() -> new WorkflowActionException("「" + part.label() + "」没有未完成的分工，无需取消。"));
        messages.cancel(open);
        history.record(
                reportId,
                ReportStage.DRAFTING,
                HistoryAction.PART_CANCELLED,
                actor.username(),
                actor.displayName(),
                null,
                "「" + part.label() + "」（原由" + DraftParts.ownerNameOf(open) + "起草）");
    }

    /** The report's 起草 task, held by this person: only its holder splits the drafting. */
    private Task responsibleDraft(Actor actor, String draftTaskId) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .taskId(draftTaskId)
                .taskDefinitionKey(ProcessKeys.DRAFT_TASK)
                .taskAssignee(actor.username())
                .active()
                .includeProcessVariables()
                .singleResult();
        if (task == null) {
            throw new WorkflowActionException("只有正在起草这份报告的负责人可以分工起草或取消分工。");
        }
        return task;
    }

    /** Every part handed out for this report, with how it stands. */
    List<PartAssignment> assignments(long reportId) {
        return parts.assignments(reportId);
    }

    /** The parts a colleague is limited to while they hold an open part; empty when not limited. */
    Optional<Set<DraftPart>> limitedTo(long reportId, String username) {
        return parts.limitedTo(reportId, username);
    }
}
