package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.base.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting cycle a person works on today: the year whose report is due next by law. A department's report on
 * 2026 is due 31 January 2027, so from 1 February 2026 to 31 January 2027 its cycle is 2026. A government's report is
 * due 31 March: it sums the departments' published reports, so its handler and coordinator still work on 2026 in
 * February and March 2027, and its cycle turns on 1 April. The one place that says which year a new report, 辖区进度
 * and the year start propose.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCycle {

    private final AgencyDirectory agencies;
    private final Clock clock;

    ReportingCycle(AgencyDirectory agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The cycle of the agency, by its kind, on today's date in China. */
    public int currentFor(long agencyId) {
        return current(agencies.kindOf(agencyId));
    }

    public int current(AgencyKind kind) {
        return on(LocalDate.now(clock.withZone(ChinaTime.ZONE)), kind);
    }

    /** The year whose report is due next: last year's until its legal due date has passed, then this year's. */
    static int on(LocalDate today, AgencyKind kind) {
        int lastYear = today.getYear() - 1;
        return today.isAfter(kind.dueDateFor(lastYear)) ? today.getYear() : lastYear;
    }
}
