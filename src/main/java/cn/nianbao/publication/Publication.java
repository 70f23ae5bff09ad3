package cn.nianbao.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The record that a report is public, and since when. One per report (a unique key). */
@Entity
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private long agencyId;

    private int reportYear;

    private Instant publishedAt;

    protected Publication() {}

    Publication(long reportId, long agencyId, int reportYear, Instant publishedAt) {
        this.reportId = reportId;
        this.agencyId = agencyId;
        this.reportYear = reportYear;
        this.publishedAt = publishedAt;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    long getAgencyId() {
        return agencyId;
    }

    int getReportYear() {
        return reportYear;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}
