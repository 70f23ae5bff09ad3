package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

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
