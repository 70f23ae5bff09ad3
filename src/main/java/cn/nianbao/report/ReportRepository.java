package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    /** Every edition of the agency's report on that year, the newest first. */
    List<Report> findByAgencyIdAndReportYearOrderByEditionDesc(long agencyId, int reportYear);

    List<Report> findByAgencyIdInOrderByReportYearDescEditionDescIdDesc(Collection<Long> agencyIds);
}
