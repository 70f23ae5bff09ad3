package cn.nianbao.coordination;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.report.AreaAggregate;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 辖区进度 taken away: the list as CSV, or as an Excel workbook with the area's summed tables beside it. Each export
 * is recorded in the audit trail, since it carries every agency's standing out of the system.
 */
@Service
@Transactional(readOnly = true)
public class AreaExport {

    static final AuditAction EXPORTED = new AuditAction("AREA_PROGRESS_EXPORTED", "导出辖区进度");

    private final AreaProgress progress;
    private final ReportEditions reports;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    AreaExport(AreaProgress progress, ReportEditions reports, CurrentActor currentActor, AuditTrail audit) {
        this.progress = progress;
        this.reports = reports;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The whole list of {@code year} as CSV for Excel. */
    public byte[] csv(int year) {
        List<AgencyProgress> rows = progress.of(year);
        audit.record(EXPORTED, year + " 年度辖区进度", "导出 " + rows.size() + " 个机关（CSV）");
        return AreaProgressColumns.csv(rows);
    }

    /**
     * The list and the area's tables 二, 三, 四 summed over the published reports below the coordinator's
     * government (as its own report starts with them), in the official layout, as one .xlsx.
     */
    public byte[] xlsx(int year) {
        List<AgencyProgress> rows = progress.of(year);
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以导出辖区进度。");
        Optional<AreaAggregate> area = reports.areaAggregate(actor.agencyId(), year)
                .filter(a -> !a.included().isEmpty());
        audit.record(EXPORTED, year + " 年度辖区进度", "导出 " + rows.size() + " 个机关（Excel，含辖区汇总表）");
        return AreaWorkbook.of(year, rows, area);
    }
}
