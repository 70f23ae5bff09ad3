package cn.nianbao.workflow;

import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportLifecycle;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更正: a handler of the agency starts a correction of its published report. The correction is a new edition that
 * runs the whole approval chain again in a process instance of its own; the published edition stays as it is.
 */
@Component
@Transactional
class CorrectionActions {

    private final ReportLifecycle reports;
    private final ProcessStarter processes;

    CorrectionActions(ReportLifecycle reports, ProcessStarter processes) {
        this.reports = reports;
        this.processes = processes;
    }

    long start(Actor actor, long publishedId, String note) {
        ReportView published = reports.read(publishedId);
        if (published.agencyId() != actor.agencyId()) {
            throw new ReportNotFoundException();
        }
        if (!actor.has(Role.HANDLER)) {
            throw new WorkflowActionException("只有本机关的经办人员可以发起更正。");
        }
        long correctionId = reports.startCorrection(publishedId, note, actor.username(), actor.displayName());
        processes.start(correctionId, actor.agencyId(), actor.username());
        return correctionId;
    }

    @Transactional(readOnly = true)
    boolean correctable(Actor actor, long reportId) {
        ReportView report = reports.read(reportId);
        return actor.has(Role.HANDLER) && report.agencyId() == actor.agencyId()
                && report.stage() == ReportStage.PUBLISHED;
    }
}
