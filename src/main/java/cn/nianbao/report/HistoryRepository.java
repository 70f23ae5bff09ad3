package cn.nianbao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    /** Ordered by id as well: MariaDB through Connector/J may drop the fraction of a second. */
    List<HistoryEntry> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);

    /** agency id and the earliest time of {@code action} on any edition of each agency's report on {@code year}. */
    @Query("select r.agencyId, min(h.occurredAt) from HistoryEntry h, Report r where h.reportId = r.id"
            + " and r.agencyId in :agencyIds and r.reportYear = :year and h.action = :action group by r.agencyId")
    List<Object[]> firstOfAction(Collection<Long> agencyIds, int year, HistoryAction action);

    /** agency id and each time a correction (an edition after the first) of its report on {@code year} was published. */
    @Query("select r.agencyId, h.occurredAt from HistoryEntry h, Report r where h.reportId = r.id"
            + " and r.agencyId in :agencyIds and r.reportYear = :year and r.edition > 1 and h.action = :action"
            + " order by h.occurredAt, h.id")
    List<Object[]> laterEditionsOfAction(Collection<Long> agencyIds, int year, HistoryAction action);
}
