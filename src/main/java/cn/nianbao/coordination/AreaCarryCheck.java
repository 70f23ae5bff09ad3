package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStatus;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.CrossYearRule;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checker's cross-year rule across the area: every agency at and below the coordinator's whose report on the year
 * (as it stands, draft or published) carries in what last year's report did not carry out, column by column.
 * An agency without last year's report in the system is not listed: there is nothing to compare with.
 */
@Service
@Transactional(readOnly = true)
public class AreaCarryCheck {

    private final AgencyDirectory agencies;
    private final ReportReads reads;
    private final ReportService reports;
    private final CurrentActor currentActor;

    AreaCarryCheck(AgencyDirectory agencies, ReportReads reads, ReportService reports, CurrentActor currentActor) {
        this.agencies = agencies;
        this.reads = reads;
        this.reports = reports;
        this.currentActor = currentActor;
    }

    public List<CarryMismatch> of(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以查看辖区跨年度核对。");
        Set<Long> area = agencies.subtreeOf(actor.agencyId());
        List<CarryMismatch> mismatches = new ArrayList<>();
        for (Map.Entry<Long, ReportStatus> entry : reads.statusOf(area, year).entrySet()) {
            long reportId = entry.getValue().reportId();
            Optional<ReportContent> last = reports.lastYear(reportId);
            if (last.isEmpty()) {
                continue;
            }
            ReportView report = reports.view(reportId);
            for (T3Column column : CrossYearRule.carryMismatches(
                    report.content().tables(), last.get().tables())) {
                mismatches.add(new CarryMismatch(
                        entry.getKey(),
                        report.agencyName(),
                        reportId,
                        column.label(),
                        report.content().tables().t3(T3Row.CARRY_IN, column),
                        last.get().tables().t3(T3Row.CARRY_OUT, column)));
            }
        }
        mismatches.sort(Comparator.comparing(CarryMismatch::agencyName));
        return mismatches;
    }
}
