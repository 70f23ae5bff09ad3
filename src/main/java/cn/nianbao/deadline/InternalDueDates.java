package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.MonthDay;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's internal due date, earlier than the legal one (a local rule: departments by 26 January, say). Set by
 * a coordinator of the agency or of an agency above it, or by a system administrator.
 */
@Service
@Transactional
public class InternalDueDates {

    private final InternalDueDateRepository dates;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;

    InternalDueDates(InternalDueDateRepository dates, AgencyDirectory agencies, CurrentActor currentActor) {
        this.dates = dates;
        this.agencies = agencies;
        this.currentActor = currentActor;
    }

    public void set(long agencyId, MonthDay day) {
        refuseUnlessAllowed(agencyId);
        AgencyKind kind = agencies.kindOf(agencyId);
        MonthDay legal = MonthDay.from(kind.dueDateFor(2000));
        if (!day.isBefore(legal)) {
            throw new CalendarChangeException("内部截止日期须早于法定截止日期（" + kind.label() + "：次年" + legal.getMonthValue() + "月"
                    + legal.getDayOfMonth() + "日）。");
        }
        dates.findById(agencyId)
                .ifPresentOrElse(
                        existing -> existing.change(day), () -> dates.save(new InternalDueDate(agencyId, day)));
    }

    /** Back to the legal due date. */
    public void clear(long agencyId) {
        refuseUnlessAllowed(agencyId);
        dates.deleteById(agencyId);
    }

    private void refuseUnlessAllowed(long agencyId) {
        Actor actor = currentActor.require();
        boolean coordinator = actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
        if (!coordinator && !actor.has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有上级主管部门的协调员或系统管理员可以设置本机关的内部截止日期。");
        }
    }
}
