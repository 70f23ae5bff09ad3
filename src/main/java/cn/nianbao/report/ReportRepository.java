package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    /**
     * The report's row locked until the transaction ends: saves of one draft apply one after the other. Native
     * SQL: Hibernate's MySQL dialect writes {@code for update of <alias>}, which MariaDB does not accept.
     */
    @Query(value = "select * from report where id = :id for update", nativeQuery = true)
    Optional<Report> lockById(long id);

    /** Every edition of the agency's report on that year, the newest first. */
    List<Report> findByAgencyIdAndReportYearOrderByEditionDesc(long agencyId, int reportYear);

    /** The agency's reports at one stage, the newest year first (the imported ones, for the portal). */
    List<Report> findByAgencyIdAndStageOrderByReportYearDesc(long agencyId, ReportStage stage);

    List<Report> findByAgencyIdInOrderByReportYearDescEditionDescIdDesc(Collection<Long> agencyIds);

    List<Report> findByAgencyIdInAndReportYearAndStageIn(
            Collection<Long> agencyIds, int reportYear, Collection<ReportStage> stages);

    /** agency id, stage and report id of each report on {@code year}, without their text and figures. */
    @Query("select r.agencyId, r.stage, r.id from Report r where r.agencyId in :agencyIds and r.reportYear = :year")
    List<Object[]> stagesOf(Collection<Long> agencyIds, int year);
}
