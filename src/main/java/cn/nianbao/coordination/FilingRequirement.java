package cn.nianbao.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 先备案后公布 switched on by an area's coordinator for one year: who did it and when. */
@Entity
@Table(name = "filing_requirement")
class FilingRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long areaAgencyId;
    private int reportYear;
    private String setByUsername;
    private String setByName;
    private Instant setAt;

    protected FilingRequirement() {}

    FilingRequirement(long areaAgencyId, int reportYear, String setByUsername, String setByName, Instant setAt) {
        this.areaAgencyId = areaAgencyId;
        this.reportYear = reportYear;
        this.setByUsername = setByUsername;
        this.setByName = setByName;
        this.setAt = setAt;
    }

    long areaAgencyId() {
        return areaAgencyId;
    }

    String setByName() {
        return setByName;
    }

    Instant setAt() {
        return setAt;
    }
}
