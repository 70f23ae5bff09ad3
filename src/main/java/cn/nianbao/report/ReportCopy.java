package cn.nianbao.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 抄送: a report copied to a person of its agency for reading. */
@Entity
@Table(name = "report_copy")
class ReportCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private String username;

    private String copiedByName;

    private Instant copiedAt;

    private String remark;

    protected ReportCopy() {}

    ReportCopy(long reportId, String username, String copiedByName, Instant copiedAt, String remark) {
        this.reportId = reportId;
        this.username = username;
        this.copiedByName = copiedByName;
        this.copiedAt = copiedAt;
        this.remark = remark;
    }

    /** Copied again: the list shows the latest copy, its sender and its remark. */
    void copiedAgain(String copiedByName, Instant copiedAt, String remark) {
        this.copiedByName = copiedByName;
        this.copiedAt = copiedAt;
        this.remark = remark;
    }

    long getReportId() {
        return reportId;
    }

    String getCopiedByName() {
        return copiedByName;
    }

    Instant getCopiedAt() {
        return copiedAt;
    }

    String getRemark() {
        return remark;
    }
}
