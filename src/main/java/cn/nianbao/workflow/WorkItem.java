package cn.nianbao.workflow;

import cn.nianbao.report.ReportStage;
import java.time.Instant;

/** An open task in someone's 待办 inbox: which report, at which step, since when, and how this person holds it. */
public record WorkItem(String taskId, ReportStage step, long reportId, String reportTitle, Instant arrivedAt,
        Holding holding) {

    /** Offered: to a group the person belongs to, anyone of it may claim; mine: assigned or claimed. */
    public enum Holding {
        OFFERED("待认领"), MINE("本人办理"), DELEGATED_TO_ME("委派给我");

        private final String label;

        Holding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
