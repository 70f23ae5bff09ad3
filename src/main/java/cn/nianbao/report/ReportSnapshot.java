package cn.nianbao.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The report's sections and cells as they stood at one submission or decision (JSON, see {@link SnapshotJson}). */
@Entity
@Table(name = "report_snapshot")
class ReportSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private long historyId;

    private String content;

    private Instant takenAt;

    protected ReportSnapshot() {}

    ReportSnapshot(long reportId, long historyId, String content, Instant takenAt) {
        this.reportId = reportId;
        this.historyId = historyId;
        this.content = content;
        this.takenAt = takenAt;
    }

    long getHistoryId() {
        return historyId;
    }

    String getContent() {
        return content;
    }
}
