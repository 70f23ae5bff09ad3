package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's internal due date, earlier than the legal one (a local rule: departments by 15 January, so that the
 * government can compile). Set by a coordinator of the agency or of an agency above it, or by a system
 * administrator; every change audited.
 */
@Service
@Transactional
public class InternalDueDates {

    private final InternalDueDateRepository dates;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    InternalDueDates(
            InternalDueDateRepository dates, AgencyDirectory agencies, CurrentActor currentActor, AuditTrail audit) {
        this.dates = dates;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The agencies below the signed-in coordinator's, by name, with their due dates. */
    @Transactional(readOnly = true)
    public List<AgencyDueDate> belowMine() {
        Actor actor = currentActor.require();
        if (!actor.has(Role.COORDINATOR)) {
            throw new CalendarChangeException("只有主管部门的协调员可以查看下级机关的截止日期。");
        }
        Set<Long> below = agencies.subtreeOf(actor.agencyId());
        below.remove(actor.agencyId());
        Map<Long, MonthDay> internal = dates.findAllById(below).stream()
                .collect(Collectors.toMap(InternalDueDate::getAgencyId, InternalDueDate::day));
        return agencies.summariesOf(below).stream()
                .sorted(Comparator.comparing(AgencySummary::name))
                .map(a -> new AgencyDueDate(a.id(), a.name(), a.kind().label(), legal(a.kind()), internal.get(a.id())))
                .toList();
    }

    public void set(long agencyId, MonthDay day) {
        refuseUnlessAllowed(agencyId);
        if (day == null) {
            throw new CalendarChangeException("请填写内部截止日期的月和日。");
        }
        AgencyKind kind = agencies.kindOf(agencyId);
        MonthDay legal = legal(kind);
        if (!day.isBefore(legal)) {
            throw new CalendarChangeException("内部截止日期须早于法定截止日期（" + kind.label() + "：次年" + legal.getMonthValue() + "月"
                    + legal.getDayOfMonth() + "日）。");
        }
        String before =
                dates.findById(agencyId).map(d -> AgencyDueDate.label(d.day())).orElse(null);
        dates.findById(agencyId)
                .ifPresentOrElse(
                        existing -> existing.change(day), () -> dates.save(new InternalDueDate(agencyId, day)));
        audit.record(DeadlineAudit.DUE_DATE_CHANGED, target(agencyId), before, AgencyDueDate.label(day));
    }

    /** Back to the legal due date. */
    public void clear(long agencyId) {
        refuseUnlessAllowed(agencyId);
        dates.findById(agencyId).ifPresent(existing -> {
            dates.delete(existing);
            audit.record(DeadlineAudit.DUE_DATE_CHANGED, target(agencyId), AgencyDueDate.label(existing.day()), null);
        });
    }

    private String target(long agencyId) {
        return "内部截止日期 " + agencies.nameOf(agencyId);
    }

    private static MonthDay legal(AgencyKind kind) {
        return MonthDay.from(kind.dueDateFor(2000));
    }

    private void refuseUnlessAllowed(long agencyId) {
        Actor actor = currentActor.require();
        boolean coordinator = actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
        if (!coordinator && !actor.has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有上级主管部门的协调员或系统管理员可以设置本机关的内部截止日期。");
        }
    }
}
