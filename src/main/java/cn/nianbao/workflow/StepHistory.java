package cn.nianbao.workflow;

import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportStage;
import java.util.List;
import java.util.Optional;

/** Who did which step of one report, read from its history (the project's table, not the engine's). */
record StepHistory(List<ReportHistoryItem> items) {

    /** The latest submission (起草) or approval (review steps) of {@code stage}: the person a return goes to. */
    Optional<ReportHistoryItem> lastDoneAt(ReportStage stage) {
        return items.reversed().stream()
                .filter(item -> item.stage() == stage && completesStep(item.action()))
                .findFirst();
    }

    /** The latest entry of someone acting on the task (copies and reminders do not count). */
    Optional<ReportHistoryItem> lastActing() {
        return items.reversed().stream()
                .filter(item -> item.action().actsOnTask())
                .findFirst();
    }

    /** The steps before {@code current} that this report went through, each with the person who did it last. */
    List<ReturnTarget> returnTargets(ReportStage current) {
        // 备案 sends a report back to 起草 only: the agency's own chain then runs again, 签发 included
        List<ReportStage> before = current == ReportStage.FILING
                ? List.of(ReportStage.DRAFTING)
                : ReportStage.CHAIN.subList(0, ReportStage.CHAIN.indexOf(current));
        return before.stream()
                .flatMap(stage -> lastDoneAt(stage).stream()
                        .map(item -> new ReturnTarget(stage, item.actorUsername(), item.actorName())))
                .toList();
    }

    private static boolean completesStep(HistoryAction action) {
        return action == HistoryAction.SUBMITTED || action == HistoryAction.APPROVED;
    }
}
