package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByAgencyIdAndReportYear(long agencyId, int reportYear);

    List<Report> findByAgencyIdInOrderByReportYearDescIdDesc(Collection<Long> agencyIds);
}
