package cn.nianbao.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The 发布 service task: runs as an engine job after the sign-off (exactly once across nodes, retried when it fails)
 * and asks whoever publishes to do so now ({@link PublicationDue}, in the job's transaction).
 */
@Component("publishReportTask")
class PublishReportTask implements JavaDelegate {

    private final ApplicationEventPublisher events;

    PublishReportTask(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new PublicationDue(ProcessKeys.reportId(execution.getVariable(ProcessKeys.VAR_REPORT_ID))));
    }
}
