package cn.nianbao.workflow;

import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportStage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.flowable.task.api.TaskInfo;
import org.springframework.stereotype.Component;

/**
 * 审批分离: whoever drafts a report (holds its 起草 task) or submitted it may do none of its review steps. The one
 * place this rule lives: the inbox leaves such tasks out, the task screens and every action refuse them, and a new
 * step is announced only to those who may take it. Who submitted is read from the report's own history.
 */
@Component
class SeparationOfDuties {

    private final ReportHistory history;

    SeparationOfDuties(ReportHistory history) {
        this.history = history;
    }

    static boolean excludes(String username, ReportStage step, String drafter, Set<String> submitters) {
        return step != ReportStage.DRAFTING && (username.equals(drafter) || submitters.contains(username));
    }

    /** For one task (loaded with its process variables). */
    boolean excludes(String username, TaskInfo task) {
        return excluding(username, List.of(task)).test(task);
    }

    /** For a page of tasks, in one query of the history. */
    Predicate<TaskInfo> excluding(String username, Collection<? extends TaskInfo> tasks) {
        Map<Long, Set<String>> submitters = history.submitters(
                tasks.stream().map(ProcessKeys::reportIdOf).distinct().toList());
        return task -> excludes(
                username,
                ProcessKeys.stageOf(task),
                ProcessKeys.drafterOf(task),
                submitters.getOrDefault(ProcessKeys.reportIdOf(task), Set.of()));
    }

    /** Those of {@code usernames} who may take the review step {@code step} of the report. */
    List<String> mayTake(Collection<String> usernames, long reportId, ReportStage step, String drafter) {
        Set<String> submitters = history.submitters(List.of(reportId)).getOrDefault(reportId, Set.of());
        return usernames.stream()
                .filter(username -> !excludes(username, step, drafter, submitters))
                .toList();
    }

    /** Why a person is refused a step of a report they drafted or submitted, in words they can act on. */
    static String refusal(ReportStage step) {
        return "您起草或提交了这份报告，不能办理它的「" + step.label() + "」（审批分离：起草与审核须由不同的人负责）。";
    }
}
