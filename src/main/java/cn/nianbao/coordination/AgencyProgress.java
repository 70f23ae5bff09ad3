package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.deadline.PublicationTiming;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.OpenStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One agency's report on the year against its due date. {@code stage} is empty while the agency has not started.
 * The {@code deadline} is overdue once the date has passed, but a published report is never overdue. {@code publication}
 * is how its first edition was published against the legal due date, empty until then (and for one read in from
 * elsewhere, whose date the system does not know). {@code openStep}: who holds the report's open step, since when;
 * {@code corrections}: the days its corrections were published.
 */
public record AgencyProgress(
        long agencyId,
        String agencyName,
        AgencyKind kind,
        Optional<ReportStage> stage,
        Long reportId,
        Deadline deadline,
        Optional<PublicationTiming> publication,
        Optional<OpenStep> openStep,
        List<LocalDate> corrections) {

    public static final String NOT_STARTED = "未开始";

    public boolean published() {
        return stage.filter(ReportStage::isPublic).isPresent();
    }

    public boolean overdue() {
        return !published() && deadline.overdue();
    }

    public LocalDate dueDate() {
        return deadline.dueDate();
    }

    /** Calendar days, negative once overdue: the order of urgency. */
    public long daysLeft() {
        return deadline.daysLeft();
    }

    /** 剩余 2 个工作日 / 已逾期 3 个工作日（7 天）, empty once published. */
    public String timeLeft() {
        return published() ? "" : deadline.standing();
    }

    /** 李华、何静（自 2026-01-20 09:30） while a step is open, empty otherwise. */
    public String holding() {
        return openStep.map(step -> step.holderNames() + "（自 " + ChinaTime.MINUTES.format(step.since()) + "）")
                .orElse("");
    }

    /** 更正发布：2026-03-02、2026-05-10, empty without a published correction. */
    public String correctionsPublished() {
        return corrections.isEmpty()
                ? ""
                : "更正发布："
                        + String.join(
                                "、",
                                corrections.stream().map(LocalDate::toString).toList());
    }

    public String status() {
        return stage.map(ReportStage::label).orElse(NOT_STARTED);
    }

    /** 按时发布 / 逾期 305 个工作日发布 once published, 外部发布 for one imported, empty before. */
    public String publicationStanding() {
        if (!published()) {
            return "";
        }
        return publication.map(PublicationTiming::label).orElse("外部发布");
    }
}
