package cn.nianbao.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartProposalRepository extends JpaRepository<PartProposal, Long> {

    List<PartProposal> findByReportIdOrderByIdAsc(long reportId);

    Optional<PartProposal> findByReportIdAndHistoryId(long reportId, long historyId);
}
