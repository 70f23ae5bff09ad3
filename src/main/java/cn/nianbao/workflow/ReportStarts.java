package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.security.Actor;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the approval chain starts: a handler's new report, a correction of a published one, and (for the year start,
 * which has checked the coordinator) a report created for an agency's handler. Each is a new edition and a process
 * instance of its own, its 起草 task held by the drafter.
 */
@Service
@Transactional
public class ReportStarts {

    private final RuntimeService runtimeService;
    private final AgencyDirectory agencies;
    private final ReportEditions editions;
    private final ReportReads reads;

    ReportStarts(RuntimeService runtimeService, AgencyDirectory agencies, ReportEditions editions, ReportReads reads) {
        this.runtimeService = runtimeService;
        this.agencies = agencies;
        this.editions = editions;
        this.reads = reads;
    }

    long start(Actor actor, int year) {
        if (!actor.has(Role.HANDLER)) {
            throw new WorkflowActionException("只有经办人员可以新建年度报告。");
        }
        long reportId = editions.create(actor.agencyId(), year, actor.username(), actor.displayName());
        startChain(reportId, actor.agencyId(), actor.username());
        return reportId;
    }

    /**
     * A report created for {@code handler}'s agency by someone else ({@code byName}, the year start), its 起草 task
     * held by {@code handler}. The caller has checked that {@code byName} may do so.
     */
    public long startFor(long agencyId, int year, Person handler, String byUsername, String byName, String note) {
        long reportId = editions.create(agencyId, year, byUsername, byName, note);
        startChain(reportId, agencyId, handler.username());
        return reportId;
    }

    /**
     * 更正: a handler of the agency starts a correction of its published report, a new edition that runs the whole
     * chain again; the published edition stays as it is.
     */
    long startCorrection(Actor actor, long publishedId, String note) {
        ReportView published = reads.read(publishedId);
        if (published.agencyId() != actor.agencyId()) {
            throw new ReportNotFoundException();
        }
        if (!actor.has(Role.HANDLER)) {
            throw new WorkflowActionException("只有本机关的经办人员可以发起更正。");
        }
        long correctionId = editions.startCorrection(publishedId, note, actor.username(), actor.displayName());
        startChain(correctionId, actor.agencyId(), actor.username());
        return correctionId;
    }

    @Transactional(readOnly = true)
    boolean correctable(Actor actor, long reportId) {
        ReportView report = reads.read(reportId);
        return actor.has(Role.HANDLER)
                && report.agencyId() == actor.agencyId()
                && report.stage() == ReportStage.PUBLISHED;
    }

    private void startChain(long reportId, long agencyId, String drafter) {
        runtimeService.startProcessInstanceByKey(
                ProcessKeys.PROCESS,
                String.valueOf(reportId),
                Map.of(
                        ProcessKeys.VAR_REPORT_ID, reportId,
                        ProcessKeys.VAR_AGENCY, agencies.codeOf(agencyId),
                        ProcessKeys.VAR_DRAFTER, drafter));
    }
}
