package cn.nianbao.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SnapshotRepository extends JpaRepository<ReportSnapshot, Long> {

    List<ReportSnapshot> findByReportIdOrderByIdAsc(long reportId);
}
