package cn.nianbao.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CopyRepository extends JpaRepository<ReportCopy, Long> {

    boolean existsByReportIdAndUsername(long reportId, String username);

    List<ReportCopy> findByUsernameOrderByCopiedAtDescIdDesc(String username);
}
