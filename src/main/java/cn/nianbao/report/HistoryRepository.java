package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    /** Ordered by id as well: MariaDB through Connector/J may drop the fraction of a second. */
    List<HistoryEntry> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);

    List<HistoryEntry> findByReportIdInAndActionOrderByIdAsc(Collection<Long> reportIds, HistoryAction action);
}
