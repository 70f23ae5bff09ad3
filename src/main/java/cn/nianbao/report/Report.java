package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One agency's report for one year: its text and figures live here, never in process variables. */
@Entity
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agencyId;

    private int reportYear;

    /** 1 for the report as first published; each correction (更正) is the next edition of the same year. */
    private int edition = 1;

    /** The published edition this one corrects; null for the first edition. */
    private Long correctsId;

    private String correctionNote;

    /** Where the prefilled 上年结转 came from, written when a new draft is created; null before this was kept. */
    private String carryInNote;

    @Enumerated(EnumType.STRING)
    private ReportStage stage = ReportStage.DRAFTING;

    @Version
    private long version;

    private String createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "report_section", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "body")
    private Map<Section, String> sections = new EnumMap<>(Section.class);

    @ElementCollection
    @CollectionTable(name = "report_cell", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "cell_id")
    @Column(name = "cell_value")
    private Map<String, BigDecimal> cells = new HashMap<>();

    protected Report() {}

    Report(long agencyId, int reportYear, String createdBy, Instant now) {
        this.agencyId = agencyId;
        this.reportYear = reportYear;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String getCarryInNote() {
        return carryInNote;
    }

    void carriedInFrom(String note) {
        this.carryInNote = note;
    }

    /** A correction of {@code published}: the next edition, starting from its text and figures. */
    static Report correcting(Report published, String note, String createdBy, Instant now) {
        Report next = new Report(published.agencyId, published.reportYear, createdBy, now);
        next.edition = published.edition + 1;
        next.correctsId = published.id;
        next.correctionNote = note;
        next.replaceContent(published.content(), now);
        return next;
    }

    Long getId() {
        return id;
    }

    long getAgencyId() {
        return agencyId;
    }

    int getReportYear() {
        return reportYear;
    }

    int getEdition() {
        return edition;
    }

    Long getCorrectsId() {
        return correctsId;
    }

    String getCorrectionNote() {
        return correctionNote;
    }

    ReportStage getStage() {
        return stage;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void moveTo(ReportStage next, Instant now) {
        this.stage = next;
        this.updatedAt = now;
    }

    ReportContent content() {
        return new ReportContent(sections, new ReportTables(cells));
    }

    /** Replaces text and figures; totals are stored as computed so that readers never see a stale sum. */
    void replaceContent(ReportContent content, Instant now) {
        sections.clear();
        content.sections().forEach((section, text) -> {
            if (!text.isEmpty()) {
                sections.put(section, text);
            }
        });
        Map<String, BigDecimal> computed = content.tables().withComputedTotals().values();
        cells.keySet().retainAll(computed.keySet());
        computed.forEach((cell, value) -> {
            BigDecimal old = cells.get(cell);
            if (old == null || old.compareTo(value) != 0) {
                cells.put(cell, value);
            }
        });
        this.updatedAt = now;
    }
}
