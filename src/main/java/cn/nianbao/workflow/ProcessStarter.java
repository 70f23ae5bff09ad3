package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the approval chain for a report (a first edition or a correction), its draft task held by the drafter. */
@Component
class ProcessStarter {

    private final RuntimeService runtimeService;
    private final AgencyDirectory agencies;

    ProcessStarter(RuntimeService runtimeService, AgencyDirectory agencies) {
        this.runtimeService = runtimeService;
        this.agencies = agencies;
    }

    void start(long reportId, long agencyId, String drafter) {
        runtimeService.startProcessInstanceByKey(ProcessKeys.PROCESS, String.valueOf(reportId), Map.of(
                ProcessKeys.VAR_REPORT_ID, reportId,
                ProcessKeys.VAR_AGENCY, agencies.codeOf(agencyId),
                ProcessKeys.VAR_DRAFTER, drafter,
                ProcessKeys.VAR_SUBMITTERS, ","));
    }
}
