package cn.nianbao.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingMarkRepository extends JpaRepository<FindingMark, Long> {

    List<FindingMark> findByReportId(long reportId);

    Optional<FindingMark> findByReportIdAndFindingKey(long reportId, String findingKey);
}
