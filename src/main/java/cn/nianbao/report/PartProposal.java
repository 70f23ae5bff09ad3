package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a part's former owner typed after the part was taken back, kept for the drafter ({@link PartProposals}). */
@Entity
@Table(name = "report_part_proposal")
class PartProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private long historyId;

    /** The parts proposed, by name, comma-separated. */
    private String parts;

    /** The whole report as the owner's screen held it (JSON, {@link SnapshotJson}); only {@link #parts} count. */
    private String content;

    private String proposedBy;

    private Instant proposedAt;

    protected PartProposal() {}

    PartProposal(long reportId, long historyId, Set<DraftPart> parts, String content, String proposedBy, Instant at) {
        this.reportId = reportId;
        this.historyId = historyId;
        this.parts = parts.stream().map(DraftPart::name).collect(Collectors.joining(","));
        this.content = content;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    PartProposal recordedAs(long historyEntry) {
        this.historyId = historyEntry;
        return this;
    }

    long getHistoryId() {
        return historyId;
    }

    Set<DraftPart> parts() {
        Set<DraftPart> set = EnumSet.noneOf(DraftPart.class);
        Arrays.stream(parts.split(",")).map(DraftPart::valueOf).forEach(set::add);
        return set;
    }

    String getContent() {
        return content;
    }

    /** {@code current} with the proposed parts as the owner typed them. */
    ReportContent appliedTo(ReportContent current) {
        ReportContent proposed = SnapshotJson.read(content);
        ReportContent applied = current;
        for (DraftPart part : parts()) {
            applied = DraftEdit.adopt(applied, proposed, part);
        }
        return applied;
    }

    /** What applying it would change in {@code current}. */
    ContentChanges against(ReportContent current) {
        return ContentDiff.between("当前草稿", current, appliedTo(current));
    }
}
