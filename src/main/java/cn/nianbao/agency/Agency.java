package cn.nianbao.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An administrative agency that publishes its own annual report. Agencies form a tree: a county government above
 * its departments, a city above its counties; the parent's coordinators watch everything below it.
 */
@Entity
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind = AgencyKind.DEPARTMENT;

    /** The first year it reports on (an agency set up later owes nothing for earlier years); null: every year. */
    @Column(name = "first_report_year")
    private Integer firstReportYear;

    protected Agency() {}

    public Agency(String code, String name) {
        this(code, name, AgencyKind.DEPARTMENT, null);
    }

    public Agency(String code, String name, AgencyKind kind, Long parentId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public Integer getFirstReportYear() {
        return firstReportYear;
    }

    public void setFirstReportYear(Integer firstReportYear) {
        this.firstReportYear = firstReportYear;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void update(String name, AgencyKind kind, Long parentId) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
    }
}
