package cn.nianbao.agency;

/** An agency as other modules see it; {@code firstReportYear} null means it reports on every year. */
public record AgencySummary(long id, String name, AgencyKind kind, Long parentId, Integer firstReportYear) {

    public AgencySummary(long id, String name, AgencyKind kind, Long parentId) {
        this(id, name, kind, parentId, null);
    }

    /** Whether it owes a report on {@code year}: not for a year that ended before it was set up. */
    public boolean reportsOn(int year) {
        return firstReportYear == null || firstReportYear <= year;
    }
}
