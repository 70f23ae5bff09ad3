package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.CarryOver;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's side of the approval chain, for the workflow and publication modules: create, move between stages,
 * record history. These methods trust their caller, which has checked the person and the task already.
 */
@Service
@Transactional
public class ReportLifecycle {

    /** 国办公开办函〔2021〕30号 applies to reports on 2021 and later. */
    public static final int FIRST_YEAR_OF_FORMAT = 2021;
    public static final int MAX_CORRECTION_NOTE = 2000;
    private static final Set<ReportStage> PUBLIC_STAGES = EnumSet.of(ReportStage.PUBLISHED, ReportStage.CORRECTING,
            ReportStage.IMPORTED);

    private final ReportRepository reports;
    private final HistoryRepository history;
    private final SnapshotRepository snapshots;
    private final CopyRepository copies;
    private final AgencyDirectory agencies;
    private final Clock clock;
    private final AuditTrail audit;
    private final AreaAggregation aggregation;
    private final FullCheck fullCheck = new FullCheck();

    ReportLifecycle(ReportRepository reports, HistoryRepository history, SnapshotRepository snapshots,
            CopyRepository copies, AgencyDirectory agencies, Clock clock, AuditTrail audit,
            AreaAggregation aggregation) {
        this.aggregation = aggregation;
        this.reports = reports;
        this.history = history;
        this.snapshots = snapshots;
        this.copies = copies;
        this.agencies = agencies;
        this.clock = clock;
        this.audit = audit;
    }

    public long create(long agencyId, int year, String username, String displayName) {
        return create(agencyId, year, username, displayName, null);
    }

    /**
     * A new report, prefilled: a government's with the sums of its area's published reports (its own figures are
     * typed on top; its own carry-over is not added, since last year's government report already held the area's),
     * any other agency's with what carries over from its last year's report. {@code note} says why it was created
     * when not by its own handler (the year start).
     */
    public long create(long agencyId, int year, String username, String displayName, String note) {
        refuseYear(agencyId, year);
        Report report = new Report(agencyId, year, username, clock.instant());
        Optional<AreaAggregate> aggregate = aggregation.of(agencyId, year);
        if (aggregate.isPresent()) {
            report.replaceContent(new ReportContent(Map.of(), aggregate.get().tables()), clock.instant());
        } else {
            current(agencyId, year - 1)
                    .ifPresent(last -> report.replaceContent(CarryOver.from(last.content()), clock.instant()));
        }
        saveNew(report);
        record(report.getId(), ReportStage.DRAFTING, HistoryAction.CREATED, username, displayName, note);
        aggregate.ifPresent(a -> record(report.getId(), ReportStage.DRAFTING, HistoryAction.AGGREGATED, username,
                displayName, a.describe()));
        return report.getId();
    }

    /** Whether the agency has any report on the year yet (the year start leaves those alone). */
    @Transactional(readOnly = true)
    public boolean exists(long agencyId, int year) {
        return !reports.findByAgencyIdAndReportYearOrderByEditionDesc(agencyId, year).isEmpty();
    }

    /**
     * The sums of the tables of the published reports below a government on {@code year} (its area), as the
     * government's own report starts with them; empty for a department or a government without agencies below.
     */
    @Transactional(readOnly = true)
    public Optional<ReportTables> areaTables(long governmentId, int year) {
        return aggregation.of(governmentId, year).map(AreaAggregate::tables);
    }

    /** 「汇总范围：已纳入 …；未发布：…」 as recorded when a government's report was prefilled; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<String> aggregationScope(long reportId) {
        return history.findByReportIdOrderByOccurredAtAscIdAsc(reportId).reversed().stream()
                .filter(e -> e.toItem().action() == HistoryAction.AGGREGATED).findFirst()
                .map(e -> e.toItem().opinion());
    }

    /** A report published elsewhere, read in with its figures and text; it takes no part in the approval chain. */
    public long importPublished(long agencyId, int year, ReportContent content, String username, String displayName,
            String source) {
        refuseYear(agencyId, year);
        Report report = new Report(agencyId, year, username, clock.instant());
        report.replaceContent(content, clock.instant());
        report.moveTo(ReportStage.IMPORTED, clock.instant());
        saveNew(report);
        record(report.getId(), ReportStage.IMPORTED, HistoryAction.IMPORTED, username, displayName,
                "从已发布的报告导入：" + source);
        return report.getId();
    }

    private void refuseYear(long agencyId, int year) {
        checkYear(year);
        if (!reports.findByAgencyIdAndReportYearOrderByEditionDesc(agencyId, year).isEmpty()) {
            throw new ReportExistsException(year);
        }
    }

    /**
     * Inserts a new first edition. Two people creating the same year at once both pass {@link #refuseYear}; the
     * database's unique key lets one in, and the other is told the report exists, like anyone who asks later.
     */
    private void saveNew(Report report) {
        try {
            reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
                    .contains("uk_report_agency_year_edition")) {
                throw new ReportExistsException(report.getReportYear());
            }
            throw e;
        }
    }

    /** Refuses a year before the current format or after this one, before anything is created. */
    public void checkYear(int year) {
        int currentYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR_OF_FORMAT || year > currentYear) {
            throw new ReportInputException("报告年度须在 " + FIRST_YEAR_OF_FORMAT + " 年至 " + currentYear
                    + " 年之间（现行格式适用于 2021 年度起的报告）。");
        }
    }

    public void moveTo(long reportId, ReportStage stage) {
        find(reportId).moveTo(stage, clock.instant());
    }

    public long record(long reportId, ReportStage stage, HistoryAction action, String username, String displayName,
            String opinion) {
        return record(reportId, stage, action, username, displayName, opinion, null);
    }

    /**
     * One step of the history; {@code detail} says where a return went or to whom a task was handed. A submission or
     * decision also keeps the content as it stands, so that the next reader can see what changed since.
     */
    public long record(long reportId, ReportStage stage, HistoryAction action, String username, String displayName,
            String opinion, String detail) {
        HistoryEntry entry = history.save(new HistoryEntry(reportId, stage, action, username, displayName, opinion,
                detail, clock.instant()));
        audit.record(AuditAction.reportStep(action.name(), action.label()), auditTarget(reportId),
                "环节：" + stage.label() + (opinion == null ? "" : "；意见：" + opinion)
                        + (detail == null ? "" : "；" + detail));
        if (action.isDecision()) {
            snapshots.save(new ReportSnapshot(reportId, entry.getId(), SnapshotJson.write(find(reportId).content()),
                    clock.instant()));
        }
        return entry.getId();
    }

    /**
     * What changed since the version this person last submitted or decided on; empty when they never did (their
     * first look at the report) or nothing changed since.
     */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesSinceSeenBy(long reportId, String username) {
        List<HistoryEntry> entries = history.findByReportIdOrderByOccurredAtAscIdAsc(reportId);
        Optional<ReportHistoryItem> seen = entries.reversed().stream().map(HistoryEntry::toItem)
                .filter(item -> item.action().isDecision() && username.equals(item.actorUsername())).findFirst();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        return snapshots.findByReportIdOrderByIdAsc(reportId).stream()
                .filter(s -> s.getHistoryId() == seen.get().id()).findFirst()
                .map(s -> ContentDiff.between(since(seen.get()), SnapshotJson.read(s.getContent()),
                        find(reportId).content()));
    }

    /** What the step {@code historyId} changed against the version before it (the first against an empty report). */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesAt(long reportId, long historyId) {
        List<ReportSnapshot> all = snapshots.findByReportIdOrderByIdAsc(reportId);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getHistoryId() == historyId) {
                ReportContent before = i == 0 ? new ReportContent(Map.of(), ReportTables.empty())
                        : SnapshotJson.read(all.get(i - 1).getContent());
                String since = i == 0 ? "空白报告" : history.findById(all.get(i - 1).getHistoryId())
                        .map(HistoryEntry::toItem).map(ReportLifecycle::since).orElse("上一版本");
                return Optional.of(ContentDiff.between(since, before, SnapshotJson.read(all.get(i).getContent())));
            }
        }
        return Optional.empty();
    }

    /** The history entries that kept a snapshot, so that a timeline links only where there is something to show. */
    @Transactional(readOnly = true)
    public Set<Long> snapshotHistoryIds(long reportId) {
        return snapshots.findByReportIdOrderByIdAsc(reportId).stream().map(ReportSnapshot::getHistoryId)
                .collect(Collectors.toSet());
    }

    private static String since(ReportHistoryItem item) {
        return ChinaTime.MINUTES.format(item.occurredAt()) + " " + item.actorName() + item.action().label() + "时的版本";
    }

    /** 抄送: the report appears under the person's 抄送我的; copying twice keeps one entry. */
    public void copy(long reportId, String username, String copiedByName) {
        if (!copies.existsByReportIdAndUsername(reportId, username)) {
            copies.save(new ReportCopy(reportId, username, copiedByName, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<CopiedReport> copiedTo(String username) {
        List<ReportCopy> found = copies.findByUsernameOrderByCopiedAtDescIdDesc(username);
        Map<Long, String> titles = titles(found.stream().map(ReportCopy::getReportId).distinct().toList());
        return found.stream().map(c -> new CopiedReport(c.getReportId(), titles.get(c.getReportId()),
                c.getCopiedByName(), c.getCopiedAt())).toList();
    }

    /** How the audit trail names a report: 「报告 12」. */
    public static String auditTarget(long reportId) {
        return "报告 " + reportId;
    }

    /** Every rule of the format on the report, the cross-year ones against last year's report when it is here. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long reportId) {
        Report report = find(reportId);
        return fullCheck.check(report.content(), lastYear(report));
    }

    @Transactional(readOnly = true)
    public List<Finding> errors(long reportId) {
        return findings(reportId).stream().filter(Finding::isError).toList();
    }

    /** The same agency's report of the year before, drafted here or imported, if the system has it. */
    @Transactional(readOnly = true)
    public Optional<ReportContent> lastYear(long reportId) {
        return lastYear(find(reportId));
    }

    private Optional<ReportContent> lastYear(Report report) {
        return current(report.getAgencyId(), report.getReportYear() - 1).map(Report::content);
    }

    /** The edition of a year that counts: the newest one made public (or imported), else the newest. */
    private Optional<Report> current(long agencyId, int year) {
        List<Report> editions = reports.findByAgencyIdAndReportYearOrderByEditionDesc(agencyId, year);
        return editions.stream().filter(r -> PUBLIC_STAGES.contains(r.getStage())).findFirst()
                .or(() -> editions.stream().findFirst());
    }

    /**
     * 更正: the next edition of a published report, with its text and figures, for the approval chain to take
     * through again. The published edition itself never changes; it reads 更正中 until the correction is out.
     */
    public long startCorrection(long publishedId, String typedNote, String username, String displayName) {
        String note = PlainText.normalize(typedNote).text();
        if (note == null || note.isBlank()) {
            throw new ReportInputException("请填写更正说明：更正了什么、为什么更正。它将与更正后的报告一同公开。");
        }
        if (note.strip().length() > MAX_CORRECTION_NOTE) {
            throw new ReportInputException("更正说明不能超过 " + MAX_CORRECTION_NOTE + " 字。");
        }
        Report published = find(publishedId);
        if (published.getStage() == ReportStage.CORRECTING) {
            throw new ReportInputException("这份报告的更正正在办理中，请在待办或「本机关报告」中继续办理。");
        }
        if (published.getStage() != ReportStage.PUBLISHED) {
            throw new ReportInputException("只有已发布的现行版本可以更正（当前：" + published.getStage().label() + "）。");
        }
        Report correction = reports.save(Report.correcting(published, note.strip(), username, clock.instant()));
        published.moveTo(ReportStage.CORRECTING, clock.instant());
        record(publishedId, ReportStage.CORRECTING, HistoryAction.CORRECTION_STARTED, username, displayName,
                note.strip());
        record(correction.getId(), ReportStage.DRAFTING, HistoryAction.CORRECTION_STARTED, username, displayName,
                note.strip());
        return correction.getId();
    }

    /** The report is public now; the edition it corrects, if any, is superseded (and stays readable). */
    public void published(long reportId) {
        Report report = find(reportId);
        report.moveTo(ReportStage.PUBLISHED, clock.instant());
        if (report.getCorrectsId() != null) {
            moveTo(report.getCorrectsId(), ReportStage.SUPERSEDED);
            record(report.getCorrectsId(), ReportStage.SUPERSEDED, HistoryAction.SUPERSEDED, "system", "系统",
                    "第" + report.getEdition() + "版已发布");
        }
    }

    @Transactional(readOnly = true)
    public ReportEdition edition(long reportId) {
        Report report = find(reportId);
        return new ReportEdition(report.getId(), report.getEdition(), report.getCorrectsId(),
                report.getCorrectionNote());
    }

    /**
     * Who, which year, which edition of one report, read through the persistence context: inside a step that has
     * already loaded the report and its agency (the task listener after a decision) it sends no statement.
     */
    @Transactional(readOnly = true)
    public ReportRef ref(long reportId) {
        Report report = find(reportId);
        return new ReportRef(report.getId(), report.getAgencyId(), report.getReportYear(), report.getEdition(),
                ReportView.title(agencies.nameOf(report.getAgencyId()), report.getReportYear()));
    }

    /** Who, which year, which edition, for several reports in two queries (the inbox and the deadline job). */
    @Transactional(readOnly = true)
    public Map<Long, ReportRef> refs(Collection<Long> reportIds) {
        List<Report> found = reports.findAllById(reportIds);
        Map<Long, String> names = agencies.namesOf(found.stream().map(Report::getAgencyId).distinct().toList());
        return found.stream().collect(Collectors.toMap(Report::getId, r -> new ReportRef(r.getId(), r.getAgencyId(),
                r.getReportYear(), r.getEdition(), ReportView.title(names.get(r.getAgencyId()), r.getReportYear()))));
    }

    /**
     * Where each agency's report on {@code year} stands, for the coordinators' overview; an agency without a report
     * is absent. Where an agency has several editions, a published one under correction counts (更正中: published,
     * and on its way again), otherwise the newest.
     */
    @Transactional(readOnly = true)
    public Map<Long, ReportStatus> statusOf(Collection<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportStatus> newest = new HashMap<>();
        for (Object[] row : reports.stagesOf(agencyIds, year)) {
            ReportStatus status = new ReportStatus((Long) row[2], (ReportStage) row[1]);
            newest.merge((Long) row[0], status, ReportLifecycle::counting);
        }
        return newest;
    }

    private static ReportStatus counting(ReportStatus a, ReportStatus b) {
        if (a.stage() == ReportStage.CORRECTING || b.stage() == ReportStage.CORRECTING) {
            return a.stage() == ReportStage.CORRECTING ? a : b;
        }
        return a.reportId() > b.reportId() ? a : b;
    }

    /** The report without a check of the reader: for rendering a published report or a task the caller checked. */
    @Transactional(readOnly = true)
    public ReportView read(long reportId) {
        Report report = find(reportId);
        return new ReportView(report.getId(), report.getAgencyId(), agencies.nameOf(report.getAgencyId()),
                report.getReportYear(), report.getStage(), report.getVersion(), report.getUpdatedAt(),
                report.content());
    }

    /** Titles of several reports in two queries, whatever their number (the inbox lists many). */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> reportIds) {
        List<Report> found = reports.findAllById(reportIds);
        Map<Long, String> names = agencies.namesOf(found.stream().map(Report::getAgencyId).distinct().toList());
        return found.stream().collect(Collectors.toMap(Report::getId,
                r -> ReportView.title(names.get(r.getAgencyId()), r.getReportYear())));
    }

    @Transactional(readOnly = true)
    public List<ReportHistoryItem> history(long reportId) {
        return history.findByReportIdOrderByOccurredAtAscIdAsc(reportId).stream().map(HistoryEntry::toItem).toList();
    }

    private Report find(long reportId) {
        return reports.findById(reportId).orElseThrow(ReportNotFoundException::new);
    }
}
