package cn.nianbao.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The pages of a person's desk lists, each one statement (no count: the grids scroll on as long as a page comes back
 * full). 已办 reads report_history by its (actor_username, occurred_at) index (V151).
 */
interface PersonalListRepository extends Repository<HistoryEntry, Long> {

    /** A line of 已办 before the agency's name is added. */
    record ActedRow(
            long historyId,
            long reportId,
            long agencyId,
            int year,
            int edition,
            ReportStage step,
            HistoryAction action,
            String opinion,
            String detail,
            Instant occurredAt,
            ReportStage currentStage) {}

    @Query("select new cn.nianbao.report.PersonalListRepository$ActedRow(h.id, r.id, r.agencyId, r.reportYear,"
            + " r.edition, h.stage, h.action, h.opinion, h.detail, h.occurredAt, r.stage)"
            + " from HistoryEntry h join Report r on r.id = h.reportId"
            + " where h.actorUsername = :username and h.action in :actions and r.agencyId in :agencyIds"
            + " and (:year is null or r.reportYear = :year) and (:stage is null or r.stage = :stage)"
            + " order by h.occurredAt desc, h.id desc")
    List<ActedRow> acted(
            String username,
            Collection<HistoryAction> actions,
            Collection<Long> agencyIds,
            Integer year,
            ReportStage stage,
            Pageable page);

    /** report id and the id of the newest entry of {@code action} by {@code username} on each of those reports. */
    @Query("select h.reportId, max(h.id) from HistoryEntry h where h.actorUsername = :username"
            + " and h.action = :action and h.reportId in :reportIds group by h.reportId")
    List<Object[]> newestOf(String username, HistoryAction action, Collection<Long> reportIds);

    @Query("select r from Report r where r.agencyId in :agencyIds and (:createdBy is null or r.createdBy = :createdBy)"
            + " and r.stage in :stages and (:year is null or r.reportYear = :year)"
            + " order by r.reportYear desc, r.edition desc, r.id desc")
    List<Report> reports(
            Collection<Long> agencyIds, String createdBy, Collection<ReportStage> stages, Integer year, Pageable page);
}
