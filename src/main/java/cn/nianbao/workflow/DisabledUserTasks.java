package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.HandedOverWork;
import cn.nianbao.agency.OpenWorkHandover;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.UserDisabled;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When an account is disabled, its open tasks do not wait for someone who cannot log in: a draft goes to another
 * handler of the agency (who also becomes the drafter that later returns come back to, see {@link DraftHandover}), a
 * claimed review goes back to its group, a delegated opinion back to the delegator, a part of a draft (分工起草) back
 * to the drafter: the part's task ends as if the drafter had cancelled it, what was saved of it stays, and the drafter
 * is told. Each is kept in the report's
 * history with whom it went to; a task nobody of the agency can take is kept as such, and the agency's leaders and
 * the coordinators above are told ({@link WorkWithoutHolder}). Runs in the disabling transaction: all or nothing.
 */
@Component
class DisabledUserTasks implements OpenWorkHandover {

    private final TaskService taskService;
    private final AgencyDirectory agencies;
    private final ReportHistory history;
    private final ReportReads reads;
    private final DraftHandover drafts;
    private final PartMessages parts;
    private final ApplicationEventPublisher events;

    DisabledUserTasks(
            TaskService taskService,
            AgencyDirectory agencies,
            ReportHistory history,
            ReportReads reads,
            DraftHandover drafts,
            PartMessages parts,
            ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.agencies = agencies;
        this.history = history;
        this.reads = reads;
        this.drafts = drafts;
        this.parts = parts;
        this.events = events;
    }

    @Override
    public List<HandedOverWork> handOver(UserDisabled disabled) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processDefinitionKey(ProcessKeys.PROCESS)
                .taskAssignee(disabled.username())
                .includeProcessVariables()
                .list();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Person leaving = agencies.byUsernames(List.of(disabled.username())).stream()
                .findFirst()
                .orElseThrow();
        List<HandedOverWork> outcome = new ArrayList<>();
        for (Task task : tasks) {
            outcome.add(passOn(task, leaving));
        }
        return List.copyOf(outcome);
    }

    private HandedOverWork passOn(Task task, Person leaving) {
        ReportStage stage = ProcessKeys.stageOf(task);
        long reportId = ProcessKeys.reportIdOf(task);
        String title = reads.titles(List.of(reportId)).getOrDefault(reportId, "报告 " + reportId);
        if (task.getDelegationState() == DelegationState.PENDING && task.getOwner() != null) {
            taskService.resolveTask(task.getId());
            String owner = agencies.byUsernames(List.of(task.getOwner())).stream()
                    .map(Person::displayName)
                    .findFirst()
                    .orElse(task.getOwner());
            record(task, leaving, "账号已停用，委派的任务交回委派人 " + owner);
            return new HandedOverWork(reportId, title, stage.label(), owner + "（委派人）", null);
        }
        if (ProcessKeys.isPart(task)) {
            return handBack(task, leaving, title);
        }
        if (stage == ReportStage.DRAFTING) {
            return drafts.passOn(task, leaving)
                    .map(next -> {
                        long historyId = record(
                                task, leaving, "账号已停用，起草任务由 " + leaving.displayName() + " 转交给 " + next.displayName());
                        // told like anyone a task is handed to
                        events.publishEvent(new StepHandedOver(
                                reportId, historyId, next.username(), StepHandedOver.Kind.TRANSFERRED));
                        return new HandedOverWork(reportId, title, stage.label(), next.displayName(), null);
                    })
                    .orElseGet(() -> nobody(task, leaving, title, "本机关没有其他在用的经办人员"));
        }
        taskService.unclaim(task.getId());
        Role role = ProcessKeys.roleOf(stage);
        List<Person> others = agencies.withRole(leaving.agencyId(), role).stream()
                .filter(p -> !p.username().equals(leaving.username()))
                .toList();
        if (others.isEmpty()) {
            return nobody(task, leaving, title, "本机关没有其他在用的" + role.label());
        }
        String names = others.stream().map(Person::displayName).collect(Collectors.joining("、"));
        record(task, leaving, "账号已停用，任务退回「" + stage.label() + "」待认领（" + names + "）");
        return new HandedOverWork(reportId, title, stage.label(), role.label() + " " + names + "（待认领）", null);
    }

    /** The part goes back to the drafter, who may edit it again (or hand it out anew); the drafter is told. */
    private HandedOverWork handBack(Task task, Person leaving, String title) {
        String label = String.valueOf(taskService.getVariableLocal(task.getId(), ProcessKeys.VAR_PART_LABEL));
        parts.cancel(task);
        String drafter = ProcessKeys.drafterOf(task);
        String drafterName = agencies.byUsernames(List.of(drafter)).stream()
                .map(Person::displayName)
                .findFirst()
                .orElse(drafter);
        long historyId = record(
                task, leaving, "「" + label + "」因" + leaving.displayName() + "账号停用交回起草人 " + drafterName + "（已保存的内容保留）");
        long reportId = ProcessKeys.reportIdOf(task);
        events.publishEvent(new StepHandedOver(reportId, historyId, drafter, StepHandedOver.Kind.HANDED_BACK));
        return new HandedOverWork(reportId, title, "起草：" + label, drafterName + "（起草人）", null);
    }

    /** The task stays where it is; the history says so, and those who can give the agency someone are told. */
    private HandedOverWork nobody(Task task, Person leaving, String title, String why) {
        long historyId = record(task, leaving, "账号已停用，" + why + "，任务无人接手，须为本机关安排人员");
        long agencyId = leaving.agencyId();
        List<String> told = Stream.concat(
                        Stream.concat(
                                agencies.withRole(agencyId, Role.SUPERVISOR).stream(),
                                agencies.withRole(agencyId, Role.LEAD).stream()),
                        agencies.coordinatorsAbove(agencyId).stream())
                .map(Person::username)
                .distinct()
                .toList();
        long reportId = ProcessKeys.reportIdOf(task);
        events.publishEvent(new WorkWithoutHolder(reportId, historyId, told));
        return new HandedOverWork(reportId, title, ProcessKeys.stageOf(task).label(), null, why);
    }

    private long record(Task task, Person leaving, String detail) {
        return history.record(
                ProcessKeys.reportIdOf(task),
                ProcessKeys.stageOf(task),
                HistoryAction.REASSIGNED,
                leaving.username(),
                leaving.displayName(),
                null,
                detail);
    }
}
