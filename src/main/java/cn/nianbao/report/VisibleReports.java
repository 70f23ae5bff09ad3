package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports the signed-in person may read ({@link ReportAccess}): one they may not read is "not found", whether it
 * exists or not. Opening one to look at it is recorded in the audit trail, whichever screen shows it.
 */
@Component
@Transactional(readOnly = true)
class VisibleReports {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final AuditTrail audit;

    VisibleReports(
            ReportRepository reports,
            ReportAccess access,
            CurrentActor currentActor,
            AgencyDirectory agencies,
            AuditTrail audit) {
        this.reports = reports;
        this.access = access;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The person reading. */
    Actor reader() {
        return currentActor.require();
    }

    Report require(long reportId) {
        Actor actor = currentActor.require();
        return reports.findById(reportId)
                .filter(r -> access.mayRead(actor, r.getAgencyId()))
                .orElseThrow(ReportNotFoundException::new);
    }

    /** {@code where} names the screen: 「报告页」, 「保密审查」, 「起草：表三」… */
    void opened(long reportId, String where, String title) {
        audit.record(AuditAction.REPORT_VIEWED, ReportRef.auditTarget(reportId), where + "：" + title);
    }

    /**
     * Their own agency's, and for a coordinator those of every agency below theirs; newest year first.
     */
    List<ReportSummary> readable() {
        Set<Long> agencyIds = access.readableAgencies(currentActor.require());
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = agencies.namesOf(agencyIds);
        return reports.findByAgencyIdInOrderByReportYearDescEditionDescIdDesc(agencyIds).stream()
                .map(r -> ReportSummary.of(r, names.get(r.getAgencyId())))
                .toList();
    }
}
