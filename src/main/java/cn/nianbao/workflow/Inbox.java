package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's open tasks as work items: the 待办 page, one task, one part of a draft. */
@Component
@Transactional(readOnly = true)
class Inbox {

    static final int PAGE = 200;

    private final InboxQuery query;
    private final OpenTasks openTasks;
    private final SeparationOfDuties separation;
    private final DraftParts parts;
    private final ReportReads reads;
    private final ReportHistory history;
    private final AgencyDirectory agencies;

    Inbox(
            InboxQuery query,
            OpenTasks openTasks,
            SeparationOfDuties separation,
            DraftParts parts,
            ReportReads reads,
            ReportHistory history,
            AgencyDirectory agencies) {
        this.query = query;
        this.openTasks = openTasks;
        this.separation = separation;
        this.parts = parts;
        this.reads = reads;
        this.history = history;
        this.agencies = agencies;
    }

    /**
     * The person's open tasks, newest first, without review tasks of reports they drafted or submitted, and with the
     * parts of drafts handed to them (分工起草).
     */
    List<WorkItem> of(Actor actor) {
        List<Task> tasks =
                new ArrayList<>(query.withVariables(query.page(actor.username(), openTasks.groupsOf(actor), PAGE)));
        tasks.removeIf(separation.excluding(actor.username(), tasks));
        return toWorkItems(actor, tasks);
    }

    /** The tasks the person delegated (委派) that have not come back yet, to read while the delegate works on them. */
    List<WorkItem> delegatedBy(Actor actor) {
        List<Task> tasks = query.withVariables(query.delegatedBy(actor.username(), PAGE));
        Map<Long, ReportRef> refs = reads.refs(
                tasks.stream().map(ProcessKeys::reportIdOf).distinct().toList());
        return tasks.stream()
                .map(task -> new WorkItem(
                        task.getId(),
                        ProcessKeys.stageOf(task),
                        refs.get(ProcessKeys.reportIdOf(task)),
                        task.getCreateTime().toInstant(),
                        WorkItem.Holding.DELEGATED_BY_ME,
                        null,
                        agencies.person(task.getAssignee())
                                .map(Person::displayName)
                                .orElse(task.getAssignee())))
                .toList();
    }

    Optional<WorkItem> task(Actor actor, String taskId) {
        return openTasks
                .actionable(actor, taskId)
                .filter(task -> !separation.excludes(actor.username(), task))
                .map(task -> toWorkItems(actor, List.of(task)).getFirst());
    }

    /** Why a task is not the person's, when it is open and only separation of duties keeps it from them. */
    Optional<String> refusal(Actor actor, String taskId) {
        return openTasks
                .actionable(actor, taskId)
                .filter(task -> separation.excludes(actor.username(), task))
                .map(task -> SeparationOfDuties.refusal(ProcessKeys.stageOf(task)));
    }

    /** The person's task of this report, if they hold or may take one. */
    Optional<WorkItem> ofReport(Actor actor, long reportId) {
        return openTasks
                .ofReport(actor, reportId)
                .map(task -> toWorkItems(actor, List.of(task)).getFirst());
    }

    Optional<WorkItem> part(Actor actor, String taskId) {
        return parts.partTask(actor, taskId)
                .map(task -> toWorkItems(actor, List.of(task), Map.of(task.getId(), DraftParts.partOf(task)))
                        .getFirst());
    }

    private List<WorkItem> toWorkItems(Actor actor, List<Task> tasks) {
        return toWorkItems(actor, tasks, parts.partsOf(tasks));
    }

    private List<WorkItem> toWorkItems(Actor actor, List<Task> tasks, Map<String, DraftPart> partOf) {
        Map<Long, ReportRef> refs = reads.refs(
                tasks.stream().map(ProcessKeys::reportIdOf).distinct().toList());
        return tasks.stream()
                .map(task -> new WorkItem(
                        task.getId(),
                        ProcessKeys.stageOf(task),
                        refs.get(ProcessKeys.reportIdOf(task)),
                        arrivedAt(task),
                        holding(actor, task),
                        partOf.get(task.getId())))
                .toList();
    }

    /**
     * When the task reached this person: a delegated one when it was delegated (the engine keeps the time the step
     * began), found in the history, which only delegated tasks need to read.
     */
    private Instant arrivedAt(Task task) {
        Instant created = task.getCreateTime().toInstant();
        if (task.getDelegationState() != DelegationState.PENDING) {
            return created;
        }
        ReportStage stage = ProcessKeys.stageOf(task);
        return history.of(ProcessKeys.reportIdOf(task)).reversed().stream()
                .filter(item -> item.action() == HistoryAction.DELEGATED && item.stage() == stage)
                .findFirst()
                .map(ReportHistoryItem::occurredAt)
                .orElse(created);
    }

    private static WorkItem.Holding holding(Actor actor, Task task) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            return WorkItem.Holding.DELEGATED_TO_ME;
        }
        return actor.username().equals(task.getAssignee()) ? WorkItem.Holding.MINE : WorkItem.Holding.OFFERED;
    }
}
