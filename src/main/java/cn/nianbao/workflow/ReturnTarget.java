package cn.nianbao.workflow;

import cn.nianbao.report.ReportStage;

/** A step a reviewer may return the report to, with the person who did it last and to whom it would go. */
public record ReturnTarget(ReportStage step, String username, String displayName) {

    public String label() {
        return step.label() + "（" + displayName + "）";
    }
}
