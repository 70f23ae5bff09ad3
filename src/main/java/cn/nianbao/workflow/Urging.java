package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.List;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: a reminder to whoever holds the open step (or, while nobody has claimed it, to everyone it is offered to).
 * Anyone of the agency who took part in the report may urge, and a coordinator of an agency above it.
 */
@Component
@Transactional
class Urging {

    private final ReportService reports;
    private final OpenTasks openTasks;
    private final ReportHistory history;
    private final AgencyDirectory agencies;
    private final SeparationOfDuties separation;
    private final ApplicationEventPublisher events;

    Urging(
            ReportService reports,
            OpenTasks openTasks,
            ReportHistory history,
            AgencyDirectory agencies,
            SeparationOfDuties separation,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.openTasks = openTasks;
        this.history = history;
        this.agencies = agencies;
        this.separation = separation;
        this.events = events;
    }

    /** Returns the number of people reminded. */
    int urge(Actor actor, long reportId, String text) {
        long agencyId = reports.view(reportId).agencyId();
        StepHistory steps = new StepHistory(history.of(reportId));
        boolean tookPart = steps.items().stream().anyMatch(i -> actor.username().equals(i.actorUsername()));
        boolean watchesFromAbove = actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
        Task task = openTasks
                .openReview(reportId)
                .or(() -> openTasks.openDraft(reportId))
                .orElseThrow(() -> new WorkflowActionException("报告不在审批中，无需催办。"));
        if (!tookPart && !watchesFromAbove) {
            throw new WorkflowActionException("只有参与过本报告办理的人员或上级主管部门协调员可以催办。");
        }
        ReportStage step = ProcessKeys.stageOf(task);
        List<String> holders = task.getAssignee() != null
                ? List.of(task.getAssignee())
                : separation.mayTake(
                        agencies.people(ProcessKeys.offeringAgencyOf(task, agencyId)).stream()
                                .filter(p -> p.has(ProcessKeys.roleOf(step)))
                                .map(Person::username)
                                .toList(),
                        reportId,
                        step,
                        ProcessKeys.drafterOf(task));
        holders = holders.stream().filter(u -> !u.equals(actor.username())).toList();
        if (holders.isEmpty()) {
            throw new WorkflowActionException("当前环节没有可以催办的人员。");
        }
        List<String> names = holders.stream()
                .map(u -> agencies.person(u).map(Person::displayName).orElse(u))
                .toList();
        long historyId = history.record(
                reportId,
                step,
                HistoryAction.URGED,
                actor.username(),
                actor.displayName(),
                text == null || text.isBlank() ? null : text.strip(),
                "催办 " + String.join("、", names));
        events.publishEvent(new ReportUrged(reportId, historyId, holders));
        return holders.size();
    }
}
