package cn.nianbao.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CopyRepository extends JpaRepository<ReportCopy, Long> {

    Optional<ReportCopy> findByReportIdAndUsername(long reportId, String username);

    List<ReportCopy> findByUsernameOrderByCopiedAtDescIdDesc(String username);
}
