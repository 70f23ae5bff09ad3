package cn.nianbao.report;

import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's history (办理记录): every step, who took it, when, with which opinion, each also in the audit trail; a
 * submission or decision keeps the content as it stood, so that the next reader sees what changed since. The workflow
 * writes it as steps happen; it trusts its caller, who has checked the person and the task. Part of the trusted
 * named interface.
 */
@Service
@Transactional
@NamedInterface("trusted")
public class ReportHistory {

    private final HistoryRepository history;
    private final SnapshotRepository snapshots;
    private final ReportReads reads;
    private final Clock clock;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ReportHistory(
            HistoryRepository history,
            SnapshotRepository snapshots,
            ReportReads reads,
            Clock clock,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.history = history;
        this.snapshots = snapshots;
        this.reads = reads;
        this.clock = clock;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public long record(
            long reportId,
            ReportStage stage,
            HistoryAction action,
            String username,
            String displayName,
            String opinion) {
        return record(reportId, stage, action, username, displayName, opinion, null);
    }

    /** One step; {@code detail} says where a return went or to whom a task was handed. Returns the entry's id. */
    public long record(
            long reportId,
            ReportStage stage,
            HistoryAction action,
            String username,
            String displayName,
            String opinion,
            String detail) {
        HistoryEntry entry = history.save(
                new HistoryEntry(reportId, stage, action, username, displayName, opinion, detail, clock.instant()));
        audit.record(
                AuditAction.reportStep(action.name(), action.label()),
                ReportRef.auditTarget(reportId),
                "环节：" + stage.label() + (opinion == null ? "" : "；意见：" + opinion)
                        + (detail == null ? "" : "；" + detail));
        if (action.isDecision()) {
            snapshots.save(new ReportSnapshot(
                    reportId,
                    entry.getId(),
                    SnapshotJson.write(reads.find(reportId).content()),
                    clock.instant()));
        }
        return entry.getId();
    }

    @Transactional(readOnly = true)
    public List<ReportHistoryItem> of(long reportId) {
        return history.findByReportIdOrderByOccurredAtAscIdAsc(reportId).stream()
                .map(HistoryEntry::toItem)
                .toList();
    }

    /** One step, for those who react to it (the message that tells someone about a return, a copy, a hand-over). */
    @Transactional(readOnly = true)
    public Optional<ReportHistoryItem> entry(long historyId) {
        return history.findById(historyId).map(HistoryEntry::toItem);
    }

    /**
     * Who submitted each report (起草 → 保密审查), in the order of their first submission: none of them may review
     * it. One query for a whole page of the inbox.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> submitters(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        // two columns in plain SQL: asked by 待办 and every decision, where the derived JPA query spent more time
        // building its SQL and entities than the database did answering (B1 profile, docs/PERFORMANCE.md)
        Map<Long, Set<String>> submitters = new LinkedHashMap<>();
        jdbc.sql("select report_id, actor_username from report_history where action = :action"
                        + " and report_id in (:reportIds) order by id")
                .param("action", HistoryAction.SUBMITTED.name())
                .param("reportIds", reportIds)
                .query((rs, row) -> submitters
                        .computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>())
                        .add(rs.getString(2)))
                .list();
        return submitters;
    }

    /**
     * What the report was prefilled from: for a government 「汇总范围：已纳入 …；未发布：…」 as recorded when it was
     * created, for any other agency 「上年结转自 2025 年报（已发布版本：第 1 版）…」 or 「无上年已发布报告，上年结转为 0…」;
     * empty for a report created before these were kept.
     */
    @Transactional(readOnly = true)
    public Optional<String> aggregationScope(long reportId) {
        return lastAggregation(reportId)
                .map(item -> item.opinion()
                        + (item.action() == HistoryAction.REAGGREGATED
                                ? "（" + ChinaTime.MINUTES.format(item.occurredAt()) + " 重新汇总）"
                                : "")
                        + "。表二至表四已预填上述机关已发布报告的合计，本机关自身数据请在此基础上填写。")
                .or(() -> Optional.ofNullable(reads.find(reportId).getCarryInNote()));
    }

    /** The latest 汇总 or 重新汇总 of the report: its opinion is the 汇总范围 the sums cover now. */
    private Optional<ReportHistoryItem> lastAggregation(long reportId) {
        return of(reportId).reversed().stream()
                .filter(item -> item.action().isAggregation())
                .findFirst();
    }

    /**
     * The day each agency's report on {@code year} was first made public (its first edition's 发布, China time),
     * whatever editions followed; an agency whose report was never published here is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> firstPublished(Collection<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        return history.firstOfAction(agencyIds, year, HistoryAction.PUBLISHED).stream()
                .collect(Collectors.toMap(
                        row -> (Long) row[0], row -> LocalDate.ofInstant((Instant) row[1], ChinaTime.ZONE)));
    }

    /** When each agency's corrections of its report on {@code year} were published (China dates, in order). */
    @Transactional(readOnly = true)
    public Map<Long, List<LocalDate>> correctionsPublished(Collection<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        return history.laterEditionsOfAction(agencyIds, year, HistoryAction.PUBLISHED).stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        Collectors.mapping(
                                row -> LocalDate.ofInstant((Instant) row[1], ChinaTime.ZONE), Collectors.toList())));
    }
}
