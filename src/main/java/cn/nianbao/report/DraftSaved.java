package cn.nianbao.report;

import java.util.List;

/**
 * A save's answer: the report as stored now (with what colleagues saved meanwhile) and the parts it could not apply
 * because a colleague changed the same thing first.
 */
public record DraftSaved(ReportView report, List<PartConflict> conflicts) {

    public DraftSaved {
        conflicts = List.copyOf(conflicts);
    }

    public boolean complete() {
        return conflicts.isEmpty();
    }
}
