package cn.nianbao.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a report's history: who did what at which stage, when, with which opinion. */
@Entity
@Table(name = "report_history")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    @Enumerated(EnumType.STRING)
    private ReportStage stage;

    @Enumerated(EnumType.STRING)
    private HistoryAction action;

    private String actorUsername;

    private String actorName;

    private String opinion;

    private Instant occurredAt;

    /** Where a return went, or to whom a task was handed or copied, as people read it. */
    private String detail;

    protected HistoryEntry() {}

    HistoryEntry(
            long reportId,
            ReportStage stage,
            HistoryAction action,
            String actorUsername,
            String actorName,
            String opinion,
            String detail,
            Instant occurredAt) {
        this.reportId = reportId;
        this.stage = stage;
        this.action = action;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.opinion = opinion;
        this.occurredAt = occurredAt;
        this.detail = detail;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    ReportHistoryItem toItem() {
        return new ReportHistoryItem(id, stage, action, actorUsername, actorName, opinion, detail, occurredAt);
    }
}
