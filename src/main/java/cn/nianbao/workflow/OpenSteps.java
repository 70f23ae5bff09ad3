package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every open step of the chain with who holds it, for those who watch the chain as a whole (the deadline scan). The
 * parts of a draft handed to colleagues (分工起草) are tasks of the 起草 step: their owners hold the step with the
 * drafter, so they are reminded and named in an escalation alike.
 */
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
        return of(report -> true);
    }

    /** The open steps of these reports (辖区进度 shows who holds each and since when), by report. */
    public Map<Long, OpenStep> ofReports(Set<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return of(reportIds::contains).stream()
                .collect(Collectors.toMap(OpenStep::reportId, Function.identity(), (first, later) -> first));
    }

    private List<OpenStep> of(LongPredicate reports) {
        // one step per report and stage, whatever the number of its tasks (a draft and its parts are one 起草)
        record Key(long reportId, ReportStage step) {}
        Map<Key, LinkedHashSet<Person>> holders = new LinkedHashMap<>();
        Map<Key, Instant> since = new LinkedHashMap<>();
        for (Task task : taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .active()
                .includeProcessVariables()
                .orderByTaskCreateTime()
                .asc()
                .list()) {
            long reportId = ProcessKeys.reportIdOf(task);
            if (!reports.test(reportId)) {
                continue;
            }
            Key key = new Key(reportId, ProcessKeys.stageOf(task));
            holders.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(holders(task));
            since.putIfAbsent(key, task.getCreateTime().toInstant());
        }
        return holders.entrySet().stream()
                .map(e -> new OpenStep(
                        e.getKey().reportId(), e.getKey().step(), List.copyOf(e.getValue()), since.get(e.getKey())))
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
