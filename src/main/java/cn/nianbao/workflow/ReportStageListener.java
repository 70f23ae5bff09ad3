package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import java.util.List;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * On every task the chain creates (returns included): the report's stage follows it, a returned task goes straight
 * to the person who did that step before, and a review step offered to a group is announced ({@link StepOffered})
 * to those of the group who may take it (at 备案, the coordinators of the area filed with). A draft's creator and a returned-to person need no announcement: they
 * started it, or got the return's own message.
 */
@Component("reportStageListener")
class ReportStageListener implements TaskListener {

    private final ReportEditions editions;
    private final ReportReads reads;
    private final AgencyDirectory agencies;
    private final SeparationOfDuties separation;
    private final ApplicationEventPublisher events;

    ReportStageListener(
            ReportEditions editions,
            ReportReads reads,
            AgencyDirectory agencies,
            SeparationOfDuties separation,
            ApplicationEventPublisher events) {
        this.editions = editions;
        this.reads = reads;
        this.agencies = agencies;
        this.separation = separation;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ProcessKeys.reportId(task.getVariable(ProcessKeys.VAR_REPORT_ID));
        ReportStage stage = ProcessKeys.stageOf(task.getTaskDefinitionKey());
        editions.moveTo(reportId, stage);
        Object returnedTo = task.getVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        if (returnedTo != null) {
            task.setAssignee(returnedTo.toString());
            task.removeVariable(ProcessKeys.VAR_RETURN_ASSIGNEE);
        } else if (stage != ReportStage.DRAFTING) {
            long offering = ProcessKeys.offeringAgency(
                    stage,
                    task.getVariable(ProcessKeys.VAR_FILING_AREA_ID),
                    reads.ref(reportId).agencyId());
            List<String> group = agencies.withRole(offering, ProcessKeys.roleOf(stage)).stream()
                    .map(Person::username)
                    .toList();
            String drafter = String.valueOf(task.getVariable(ProcessKeys.VAR_DRAFTER));
            events.publishEvent(new StepOffered(reportId, stage, separation.mayTake(group, reportId, stage, drafter)));
        }
    }
}
