package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.OpenStep;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One deadline notice, once per report and due date whatever the number of nodes ({@link DeadlineNotices}): recorded
 * in the report's history and published ({@link DeadlineApproaching}, {@link DeadlineMissed}), in a transaction of
 * its own.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class DeadlineNoticeWriter {

    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "系统（期限提醒）";

    private final DeadlineNotices notices;
    private final ReportHistory history;
    private final AgencyDirectory people;
    private final ApplicationEventPublisher events;

    DeadlineNoticeWriter(
            DeadlineNotices notices, ReportHistory history, AgencyDirectory people, ApplicationEventPublisher events) {
        this.notices = notices;
        this.history = history;
        this.people = people;
        this.events = events;
    }

    void remind(OpenStep step, ReportRef ref, Deadline deadline) {
        if (!notices.firstTime(ref.reportId(), DeadlineNotices.Kind.REMINDER, deadline.dueDate())) {
            return;
        }
        history.record(
                ref.reportId(),
                step.step(),
                HistoryAction.DEADLINE_REMINDED,
                SYSTEM,
                SYSTEM_NAME,
                "截止日期" + deadline.dueOn() + "，" + deadline.standing() + "；已提醒：" + names(step.holders()));
        events.publishEvent(new DeadlineApproaching(
                ref.reportId(),
                ref.agencyId(),
                step.step(),
                deadline.dueDate(),
                deadline.workingDaysLeft(),
                usernames(step.holders())));
    }

    void escalate(OpenStep step, ReportRef ref, Deadline deadline) {
        if (!notices.firstTime(ref.reportId(), DeadlineNotices.Kind.ESCALATION, deadline.dueDate())) {
            return;
        }
        List<Person> above = new ArrayList<>(people.withRole(ref.agencyId(), Role.SUPERVISOR));
        above.addAll(people.coordinatorsAbove(ref.agencyId()));
        history.record(
                ref.reportId(),
                step.step(),
                HistoryAction.DEADLINE_ESCALATED,
                SYSTEM,
                SYSTEM_NAME,
                "已超过截止日期" + deadline.dueOn() + "（" + deadline.standing() + "），当前环节："
                        + step.step().label() + "，办理人：" + names(step.holders()) + "；已督办：" + names(above));
        events.publishEvent(new DeadlineMissed(
                ref.reportId(),
                ref.agencyId(),
                step.step(),
                deadline.dueDate(),
                deadline.daysOverdue(),
                deadline.overdueBy(),
                usernames(step.holders()),
                usernames(above)));
    }

    private static String names(List<Person> people) {
        return people.isEmpty()
                ? "（无）"
                : people.stream().map(Person::displayName).collect(Collectors.joining("、"));
    }

    private static List<String> usernames(List<Person> people) {
        return people.stream().map(Person::username).distinct().toList();
    }
}
