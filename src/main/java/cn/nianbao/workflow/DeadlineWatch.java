package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.deadline.AgencyYear;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.deadline.DeadlineNotices;
import cn.nianbao.deadline.Deadlines;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportRef;
import cn.nianbao.report.ReportStage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline timer: every open task of a report (a first edition; corrections have no due date) is looked at
 * against its due date on the application's clock. Within the reminder period the holder is reminded; once the due
 * date has passed the matter is escalated to the agency's supervisors and the coordinators above it. Each notice is
 * recorded in the report's history and published as an event, once per report and due date, in a transaction of its
 * own, so one report's failure leaves the others alone. Runs daily ({@code nianbao.deadlines.cron}, China time).
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "系统（期限提醒）";

    private final TaskService taskService;
    private final ReportLifecycle reports;
    private final Deadlines deadlines;
    private final DeadlineNotices notices;
    private final AgencyDirectory people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DeadlineWatch(TaskService taskService, ReportLifecycle reports, Deadlines deadlines, DeadlineNotices notices,
            AgencyDirectory people, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.taskService = taskService;
        this.reports = reports;
        this.deadlines = deadlines;
        this.notices = notices;
        this.people = people;
        this.events = events;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${nianbao.deadlines.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void check() {
        List<Task> open = taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PROCESS).active()
                .includeProcessVariables().list();
        Map<Long, ReportRef> refs = reports.refs(open.stream().map(DeadlineWatch::reportIdOf).distinct().toList());
        Map<AgencyYear, Deadline> due = deadlines.of(refs.values().stream().filter(r -> !r.isCorrection())
                .map(r -> new AgencyYear(r.agencyId(), r.year())).distinct().toList());
        for (Task task : open) {
            ReportRef ref = refs.get(reportIdOf(task));
            if (ref == null || ref.isCorrection()) {
                continue;
            }
            Deadline deadline = due.get(new AgencyYear(ref.agencyId(), ref.year()));
            try {
                if (deadline.overdue()) {
                    transactions.executeWithoutResult(s -> escalate(task, ref, deadline));
                } else if (deadline.dueSoon()) {
                    transactions.executeWithoutResult(s -> remind(task, ref, deadline));
                }
            } catch (RuntimeException e) {
                log.warn("deadline notice for report {} failed; the next run tries again", ref.reportId(), e);
            }
        }
    }

    private void remind(Task task, ReportRef ref, Deadline deadline) {
        if (!notices.firstTime(ref.reportId(), DeadlineNotices.Kind.REMINDER, deadline.dueDate())) {
            return;
        }
        List<Person> holders = holders(task, ref);
        ReportStage step = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        reports.record(ref.reportId(), step, HistoryAction.DEADLINE_REMINDED, SYSTEM, SYSTEM_NAME,
                "截止日期" + deadline.dueOn() + "，" + deadline.standing() + "；已提醒：" + names(holders));
        events.publishEvent(new DeadlineApproaching(ref.reportId(), ref.agencyId(), ref.title(), step,
                deadline.dueDate(), deadline.workingDaysLeft(), usernames(holders)));
    }

    private void escalate(Task task, ReportRef ref, Deadline deadline) {
        if (!notices.firstTime(ref.reportId(), DeadlineNotices.Kind.ESCALATION, deadline.dueDate())) {
            return;
        }
        List<Person> holders = holders(task, ref);
        List<Person> above = new ArrayList<>(people.withRole(ref.agencyId(), Role.SUPERVISOR));
        above.addAll(people.coordinatorsAbove(ref.agencyId()));
        ReportStage step = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        reports.record(ref.reportId(), step, HistoryAction.DEADLINE_ESCALATED, SYSTEM, SYSTEM_NAME,
                "已超过截止日期" + deadline.dueOn() + "（" + deadline.standing() + "），当前环节：" + step.label()
                        + "，办理人：" + names(holders) + "；已督办：" + names(above));
        events.publishEvent(new DeadlineMissed(ref.reportId(), ref.agencyId(), ref.title(), step,
                deadline.dueDate(), deadline.daysOverdue(), usernames(holders), usernames(above)));
    }

    /** The assignee if the task has one, else everyone in the groups it is offered to (ROLE@agency). */
    private List<Person> holders(Task task, ReportRef ref) {
        if (task.getAssignee() != null) {
            return people.byUsernames(List.of(task.getAssignee()));
        }
        LinkedHashSet<Person> holders = new LinkedHashSet<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                Role role = Role.valueOf(link.getGroupId().substring(0, link.getGroupId().indexOf('@')));
                holders.addAll(people.withRole(ref.agencyId(), role));
            } else if (link.getUserId() != null) {
                holders.addAll(people.byUsernames(List.of(link.getUserId())));
            }
        }
        return List.copyOf(holders);
    }

    private static String names(List<Person> people) {
        return people.isEmpty() ? "（无）" : people.stream().map(Person::displayName).collect(Collectors.joining("、"));
    }

    private static List<String> usernames(List<Person> people) {
        return people.stream().map(Person::username).distinct().toList();
    }

    private static long reportIdOf(Task task) {
        return ProcessKeys.reportId(task.getProcessVariables().get(ProcessKeys.VAR_REPORT_ID));
    }
}
