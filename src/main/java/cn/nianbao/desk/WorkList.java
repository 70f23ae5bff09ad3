package cn.nianbao.desk;

import cn.nianbao.deadline.AgencyYear;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.deadline.Deadlines;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** 待办 as the person reads it: their open tasks with their reports' due dates, the most urgent first. */
@Service
public class WorkList {

    private final ReportWorkflow workflow;
    private final Deadlines deadlines;

    WorkList(ReportWorkflow workflow, Deadlines deadlines) {
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    /** With the tasks the person delegated and awaits back (委派中), so that they do not vanish from 待办. */
    public List<DueWork> mine() {
        List<WorkItem> items = new ArrayList<>(workflow.inbox());
        items.addAll(workflow.delegatedByMe());
        Map<AgencyYear, Deadline> due = deadlines.of(items.stream()
                .map(WorkItem::report)
                .filter(r -> !r.isCorrection())
                .map(WorkList::agencyYear)
                .distinct()
                .toList());
        return items.stream()
                .map(item ->
                        new DueWork(item, item.report().isCorrection() ? null : due.get(agencyYear(item.report()))))
                .sorted(DueWork.BY_URGENCY)
                .toList();
    }

    /**
     * The due date of a task's report as 待办 shows it (the 起草 step's, for a part of the draft too); empty for a
     * correction, which has none.
     */
    public Optional<Deadline> due(WorkItem item) {
        return item.report().isCorrection() ? Optional.empty() : Optional.of(deadlines.of(agencyYear(item.report())));
    }

    private static AgencyYear agencyYear(ReportRef report) {
        return new AgencyYear(report.agencyId(), report.year());
    }
}
