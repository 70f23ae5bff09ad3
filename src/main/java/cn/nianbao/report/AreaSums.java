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

    /** The ids of the agencies whose reports the sums take in, comma-separated. */
    private String includedAgencies;

    private Instant recordedAt;

    protected AreaSums() {}

    AreaSums(long reportId, String sums, String includedAgencies, Instant recordedAt) {
        this.reportId = reportId;
        replace(sums, includedAgencies, recordedAt);
    }

    String getSums() {
        return sums;
    }

    String getIncludedAgencies() {
        return includedAgencies;
    }

    void replace(String newSums, String newIncludedAgencies, Instant now) {
        this.sums = newSums;
        this.includedAgencies = newIncludedAgencies;
        this.recordedAt = now;
    }
}
