package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportRef;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 先备案后公布: at 签发, whether the report goes to 备案 before 发布, and with which area's coordinators. The rule is
 * read when the lead signs, so a switch made while a report is in review applies to it; one made after 签发 does not.
 */
@Component
class FilingStep {

    /** What 备案 without a remark records. */
    static final String DEFAULT_REMARK = "予以备案";

    private final FilingAreas areas;
    private final ReportReads reads;
    private final AgencyDirectory agencies;

    FilingStep(FilingAreas areas, ReportReads reads, AgencyDirectory agencies) {
        this.areas = areas;
        this.reads = reads;
        this.agencies = agencies;
    }

    /** The variables the sign-off sets: the BPMN's gateway after 签发 reads them. */
    Map<String, Object> variablesAtSignOff(long reportId) {
        ReportRef report = reads.ref(reportId);
        return areas.filingAreaFor(report.agencyId(), report.year())
                .<Map<String, Object>>map(area -> Map.of(
                        ProcessKeys.VAR_FILING_REQUIRED,
                        true,
                        ProcessKeys.VAR_FILING_AREA,
                        agencies.codeOf(area),
                        ProcessKeys.VAR_FILING_AREA_ID,
                        area))
                .orElseGet(() -> Map.of(ProcessKeys.VAR_FILING_REQUIRED, false));
    }
}
