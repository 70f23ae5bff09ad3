package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.report.ReportStage;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One agency's report on the year against its due date. {@code stage} is empty while the agency has not started.
 * {@code daysLeft} is negative once the date has passed; a published report is never overdue.
 */
public record AgencyProgress(
        long agencyId,
        String agencyName,
        AgencyKind kind,
        Optional<ReportStage> stage,
        Long reportId,
        LocalDate dueDate,
        long daysLeft) {

    public static final String NOT_STARTED = "未开始";

    public boolean published() {
        return stage.filter(s -> s == ReportStage.PUBLISHED || s == ReportStage.CORRECTING || s == ReportStage.IMPORTED)
                .isPresent();
    }

    public boolean overdue() {
        return !published() && daysLeft < 0;
    }

    public String status() {
        return stage.map(ReportStage::label).orElse(NOT_STARTED);
    }
}
