package cn.nianbao.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An area's thresholds for marking an agency's rates as far from the area's, set by its coordinator. */
@Entity
@Table(name = "indicator_threshold")
class IndicatorThreshold {

    @Id
    private Long areaAgencyId;

    private int disclosurePoints;
    private int correctionPoints;
    private String setByUsername;
    private Instant setAt;

    protected IndicatorThreshold() {}

    IndicatorThreshold(long areaAgencyId) {
        this.areaAgencyId = areaAgencyId;
    }

    void set(MarkThresholds thresholds, String username, Instant at) {
        this.disclosurePoints = thresholds.disclosurePoints();
        this.correctionPoints = thresholds.correctionPoints();
        this.setByUsername = username;
        this.setAt = at;
    }

    MarkThresholds thresholds() {
        return new MarkThresholds(disclosurePoints, correctionPoints);
    }
}
