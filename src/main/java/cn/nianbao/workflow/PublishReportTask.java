package cn.nianbao.workflow;

import cn.nianbao.publication.PublicationService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The 发布 service task: runs as an async job after sign-off and hands the report to the publication module. */
@Component("publishReportTask")
class PublishReportTask implements JavaDelegate {

    private final PublicationService publications;

    PublishReportTask(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publications.publish(ProcessKeys.reportId(execution.getVariable(ProcessKeys.VAR_REPORT_ID)));
    }
}
