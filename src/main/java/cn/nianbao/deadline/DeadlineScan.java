package cn.nianbao.deadline;

import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportRef;
import cn.nianbao.workflow.OpenStep;
import cn.nianbao.workflow.OpenSteps;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deadline timer: every open step of a report (a first edition; corrections have no due date) is looked at
 * against its due date on the application's clock. Within the reminder period the holder is reminded; once the due
 * date has passed the matter is escalated ({@link DeadlineNoticeWriter}), each report in a transaction of its own, so
 * one report's failure leaves the others alone. Runs daily ({@code nianbao.deadlines.cron}, China time).
 */
@Component
class DeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScan.class);

    private final OpenSteps openSteps;
    private final ReportReads reads;
    private final Deadlines deadlines;
    private final DeadlineNoticeWriter notices;

    DeadlineScan(OpenSteps openSteps, ReportReads reads, Deadlines deadlines, DeadlineNoticeWriter notices) {
        this.openSteps = openSteps;
        this.reads = reads;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    @Scheduled(cron = "${nianbao.deadlines.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void check() {
        List<OpenStep> open = openSteps.all();
        Map<Long, ReportRef> refs =
                reads.refs(open.stream().map(OpenStep::reportId).distinct().toList());
        Map<AgencyYear, Deadline> due = deadlines.of(refs.values().stream()
                .filter(r -> !r.isCorrection())
                .map(r -> new AgencyYear(r.agencyId(), r.year()))
                .distinct()
                .toList());
        for (OpenStep step : open) {
            ReportRef ref = refs.get(step.reportId());
            if (ref == null || ref.isCorrection()) {
                continue;
            }
            Deadline deadline = due.get(new AgencyYear(ref.agencyId(), ref.year()));
            try {
                if (deadline.overdue()) {
                    notices.escalate(step, ref, deadline);
                } else if (deadline.dueSoon()) {
                    notices.remind(step, ref, deadline);
                }
            } catch (RuntimeException e) {
                log.warn("deadline notice for report {} failed; the next run tries again", ref.reportId(), e);
            }
        }
    }
}
