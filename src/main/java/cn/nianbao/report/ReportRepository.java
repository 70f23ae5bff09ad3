package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByAgencyIdAndReportYear(long agencyId, int reportYear);

    List<Report> findByAgencyIdInOrderByReportYearDescIdDesc(Collection<Long> agencyIds);

    /** agency id, stage and report id of each report on {@code year}, without their text and figures. */
    @Query("select r.agencyId, r.stage, r.id from Report r where r.agencyId in :agencyIds and r.reportYear = :year")
    List<Object[]> stagesOf(Collection<Long> agencyIds, int year);
}
