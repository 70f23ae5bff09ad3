package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.UserDisabled;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account is disabled, its open tasks do not wait for someone who cannot log in: a claimed review goes back
 * to its group (every reviewer of that role sees it again), a draft goes to another handler of the agency, who also
 * becomes the drafter that later returns come back to. Runs in the disabling transaction: both happen or neither.
 */
@Component
class DisabledUserTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AgencyDirectory agencies;
    private final ReportHistory history;

    DisabledUserTasks(
            TaskService taskService, RuntimeService runtimeService, AgencyDirectory agencies, ReportHistory history) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.agencies = agencies;
        this.history = history;
    }

    @EventListener
    void reassign(UserDisabled disabled) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .taskAssignee(disabled.username())
                .includeProcessVariables()
                .list();
        for (Task task : tasks) {
            if (ProcessKeys.stageOf(task) == ReportStage.DRAFTING) {
                passDraft(task, disabled);
            } else {
                taskService.unclaim(task.getId());
            }
        }
    }

    private void passDraft(Task task, UserDisabled disabled) {
        Optional<Person> colleague = agencies.withRole(disabled.agencyId(), Role.HANDLER).stream()
                .filter(person -> !person.username().equals(disabled.username()))
                .findFirst();
        if (colleague.isEmpty()) {
            return; // nobody to take it: it stays, and the report page still shows who holds it
        }
        Person next = colleague.get();
        taskService.setAssignee(task.getId(), next.username());
        runtimeService.setVariable(task.getProcessInstanceId(), ProcessKeys.VAR_DRAFTER, next.username());
        long reportId = ProcessKeys.reportIdOf(task);
        history.record(
                reportId,
                ProcessKeys.stageOf(task),
                HistoryAction.REASSIGNED,
                next.username(),
                next.displayName(),
                "原经办人 " + disabled.username() + " 的账号已停用，起草任务转交给 " + next.displayName() + "。");
    }
}
