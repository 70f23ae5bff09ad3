package cn.nianbao.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The area's sums a government's draft took in at its last 汇总 or 重新汇总 ({@link AggregationBases}). */
@Entity
@Table(name = "report_area_sums")
class AreaSums {

    @Id
    private Long reportId;

    /** The input cells of tables 2–4 as JSON ({@link SnapshotJson}). */
    private String sums;

    private Instant recordedAt;

    protected AreaSums() {}

    AreaSums(long reportId, String sums, Instant recordedAt) {
        this.reportId = reportId;
        this.sums = sums;
        this.recordedAt = recordedAt;
    }

    String getSums() {
        return sums;
    }

    void replace(String newSums, Instant now) {
        this.sums = newSums;
        this.recordedAt = now;
    }
}
