package cn.nianbao.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The reviewer's mark on one finding of a report ({@link FindingKeys}), replaced when they mark it again. */
@Entity
@Table(name = "review_finding_mark")
class FindingMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private String findingKey;

    /** The 保密审查 task (the round) in which it was marked last. */
    private String taskId;

    @Enumerated(EnumType.STRING)
    private MarkKind mark;

    private String note;

    private String actorUsername;

    private String actorName;

    private Instant markedAt;

    protected FindingMark() {}

    FindingMark(long reportId, String findingKey) {
        this.reportId = reportId;
        this.findingKey = findingKey;
    }

    void set(String taskId, MarkKind mark, String note, String actorUsername, String actorName, Instant markedAt) {
        this.taskId = taskId;
        this.mark = mark;
        this.note = note;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.markedAt = markedAt;
    }

    String getFindingKey() {
        return findingKey;
    }

    ReviewFinding.Mark toMark() {
        return new ReviewFinding.Mark(mark, note, actorName, markedAt);
    }
}
