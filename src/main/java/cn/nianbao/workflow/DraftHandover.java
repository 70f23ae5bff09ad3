package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * A draft whose handler leaves goes to another handler of the agency, who becomes the drafter that returns come back
 * to.
 */
@Component
class DraftHandover {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AgencyDirectory agencies;

    DraftHandover(TaskService taskService, RuntimeService runtimeService, AgencyDirectory agencies) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.agencies = agencies;
    }

    /** The colleague who now holds the draft, or empty when the agency has no other handler. */
    Optional<Person> passOn(Task task, Person leaving) {
        Optional<Person> colleague = agencies.withRole(leaving.agencyId(), Role.HANDLER).stream()
                .filter(person -> !person.username().equals(leaving.username()))
                .findFirst();
        colleague.ifPresent(next -> {
            taskService.setAssignee(task.getId(), next.username());
            runtimeService.setVariable(task.getProcessInstanceId(), ProcessKeys.VAR_DRAFTER, next.username());
        });
        return colleague;
    }
}
