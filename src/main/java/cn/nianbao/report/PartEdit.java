package cn.nianbao.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Who last saved one part of a draft, and when: the part's own version ({@link DraftSaving}). */
@Entity
@Table(name = "report_part_edit")
class PartEdit {

    /** The report and the part. */
    @Embeddable
    static class Key implements Serializable {

        @Column(name = "report_id")
        private long reportId;

        @Enumerated(EnumType.STRING)
        private DraftPart part;

        protected Key() {}

        Key(long reportId, DraftPart part) {
            this.reportId = reportId;
            this.part = part;
        }

        DraftPart part() {
            return part;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.reportId == reportId && key.part == part;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, part);
        }
    }

    @EmbeddedId
    private Key key;

    private long partVersion;

    private String editedBy;

    private String editedByName;

    private Instant editedAt;

    protected PartEdit() {}

    PartEdit(long reportId, DraftPart part) {
        this.key = new Key(reportId, part);
    }

    void savedBy(String username, String name, Instant at) {
        partVersion++;
        editedBy = username;
        editedByName = name;
        editedAt = at;
    }

    PartStamp stamp() {
        return new PartStamp(key.part(), partVersion, editedBy, editedByName, editedAt);
    }
}
