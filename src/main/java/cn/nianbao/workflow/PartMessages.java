package cn.nianbao.workflow;

import cn.nianbao.agency.Person;
import cn.nianbao.report.DraftPart;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The two messages of 分工起草 in the report's process: {@code partAssigned} starts one instance of the event
 * sub-process 分工起草 inside 起草 (one part, one task for its owner), {@code partCancelled} ends one part's task by
 * its boundary event. Both are sent to the execution that waits for them, found by its event subscription.
 */
@Component
class PartMessages {

    private final RuntimeService runtimeService;

    PartMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Starts the part's task within the draft's process instance; false if its definition has no 分工起草. */
    boolean assign(String processInstanceId, long reportId, DraftPart part, Person owner) {
        Execution drafting = runtimeService
                .createExecutionQuery()
                .processInstanceId(processInstanceId)
                .messageEventSubscriptionName(ProcessKeys.PART_ASSIGNED)
                .singleResult();
        if (drafting == null) {
            return false;
        }
        runtimeService.messageEventReceived(
                ProcessKeys.PART_ASSIGNED,
                drafting.getId(),
                Map.of(
                        ProcessKeys.VAR_PART, part.name(),
                        ProcessKeys.VAR_PART_LABEL, part.label(),
                        ProcessKeys.VAR_SECTION_OWNER, owner.username(),
                        ProcessKeys.VAR_SECTION_OWNER_NAME, owner.displayName()));
        return true;
    }

    /** Ends the part's open task through its boundary event 取消分工; what was saved of the part stays. */
    void cancel(Task partTask) {
        Execution boundary = runtimeService
                .createExecutionQuery()
                .parentId(partTask.getExecutionId())
                .messageEventSubscriptionName(ProcessKeys.PART_CANCELLED)
                .singleResult();
        runtimeService.messageEventReceived(ProcessKeys.PART_CANCELLED, boundary.getId());
    }
}
