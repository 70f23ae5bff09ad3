package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.report.ReportReads;
import java.util.LinkedHashSet;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every open step of the chain with who holds it, for those who watch the chain as a whole (the deadline scan). */
@Service
@Transactional(readOnly = true)
public class OpenSteps {

    private final TaskService taskService;
    private final AgencyDirectory people;
    private final ReportReads reads;

    OpenSteps(TaskService taskService, AgencyDirectory people, ReportReads reads) {
        this.taskService = taskService;
        this.people = people;
        this.reads = reads;
    }

    public List<OpenStep> all() {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .active()
                .includeProcessVariables()
                .list()
                .stream()
                .map(task -> new OpenStep(ProcessKeys.reportIdOf(task), ProcessKeys.stageOf(task), holders(task)))
                .toList();
    }

    /** The assignee if the task has one, else everyone of the roles it is offered to, in the report's agency (at 备案, the area's). */
    private List<Person> holders(Task task) {
        if (task.getAssignee() != null) {
            return people.byUsernames(List.of(task.getAssignee()));
        }
        long agencyId = ProcessKeys.offeringAgencyOf(
                task, reads.ref(ProcessKeys.reportIdOf(task)).agencyId());
        LinkedHashSet<Person> holders = new LinkedHashSet<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                CandidateGroup.parse(link.getGroupId())
                        .ifPresent(group -> holders.addAll(people.withRole(agencyId, group.role())));
            } else if (link.getUserId() != null) {
                holders.addAll(people.byUsernames(List.of(link.getUserId())));
            }
        }
        return List.copyOf(holders);
    }
}
