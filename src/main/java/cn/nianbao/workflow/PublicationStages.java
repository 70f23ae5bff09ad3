package cn.nianbao.workflow;

import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.ReportStage;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The report's stage around the 发布 step, as the BPMN says: 发布中 when the sign-off takes the flow to it, 已发布 when
 * the step ends (in the publication job, after whoever publishes has done so).
 */
@Component("publicationStages")
class PublicationStages implements ExecutionListener {

    private final ReportEditions editions;

    PublicationStages(ReportEditions editions) {
        this.editions = editions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long reportId = ProcessKeys.reportId(execution.getVariable(ProcessKeys.VAR_REPORT_ID));
        if (EVENTNAME_TAKE.equals(execution.getEventName())) {
            editions.moveTo(reportId, ReportStage.PUBLISHING);
        } else if (EVENTNAME_END.equals(execution.getEventName())) {
            editions.published(reportId);
        }
    }
}
