package cn.nianbao.report;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.CarryOver;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions of an agency's report on a year: the first one created (prefilled), one read in from an earlier
 * publication, a correction of a published one, and the stage each is at as the approval chain moves it. These methods
 * trust their caller (the workflow, the year start), which has checked the person. Part of the trusted named interface.
 */
@Service
@Transactional
@NamedInterface("trusted")
public class ReportEditions {

    /** 国办公开办函〔2021〕30号 applies to reports on 2021 and later. */
    public static final int FIRST_YEAR_OF_FORMAT = 2021;

    private final ReportRepository reports;
    private final ReportReads reads;
    private final ReportHistory history;
    private final AreaAggregation aggregation;
    private final AggregationBases bases;
    private final Clock clock;

    ReportEditions(
            ReportRepository reports,
            ReportReads reads,
            ReportHistory history,
            AreaAggregation aggregation,
            AggregationBases bases,
            Clock clock) {
        this.reports = reports;
        this.reads = reads;
        this.history = history;
        this.aggregation = aggregation;
        this.bases = bases;
        this.clock = clock;
    }

    public long create(long agencyId, int year, String username, String displayName) {
        return create(agencyId, year, username, displayName, null);
    }

    /**
     * A new report, prefilled: a government's with the sums of its area's published reports (its own figures are
     * typed on top; its own carry-over is not added, since last year's government report already held the area's),
     * any other agency's with what carries over from its last year's published report, saying which edition that was
     * (or that there was none). {@code note} says why it was created
     * when not by its own handler (the year start).
     */
    public long create(long agencyId, int year, String username, String displayName, String note) {
        refuseYear(agencyId, year);
        Report report = new Report(agencyId, year, username, clock.instant());
        Optional<AreaAggregate> aggregate = aggregation.of(agencyId, year);
        if (aggregate.isPresent()) {
            report.replaceContent(new ReportContent(Map.of(), aggregate.get().tables()), clock.instant());
        } else {
            // only a published edition carries over: a draft of last year may still change (or never be published)
            Optional<Report> lastPublished = reads.published(agencyId, year - 1);
            lastPublished.ifPresent(last -> report.replaceContent(CarryOver.from(last.content()), clock.instant()));
            report.carriedInFrom(carryInNote(year - 1, lastPublished));
        }
        saveNew(report);
        aggregate.ifPresent(a -> bases.record(report.getId(), a));
        history.record(report.getId(), ReportStage.DRAFTING, HistoryAction.CREATED, username, displayName, note);
        aggregate.ifPresent(a -> history.record(
                report.getId(), ReportStage.DRAFTING, HistoryAction.AGGREGATED, username, displayName, a.describe()));
        return report.getId();
    }

    /** Where the prefilled 上年结转 and 现行有效件数 came from, for the drafter who opens the new report. */
    static String carryInNote(int lastYear, Optional<Report> published) {
        return published
                .map(last -> "上年结转自 " + lastYear + " 年报（已发布版本："
                        + (last.getStage() == ReportStage.IMPORTED ? "导入的外部发布版本" : "第 " + last.getEdition() + " 版")
                        + "）：表三「上年结转」取其「结转下年度继续办理」，表二「现行有效件数」取其现行有效件数，可按实际修改。")
                .orElse("无上年已发布报告，上年结转为 0：" + lastYear + " 年度报告尚未在本系统发布，表三「上年结转」与表二「现行有效件数」请按实际填写。");
    }

    /** Whether the agency has any report on the year yet (the year start leaves those alone). */
    @Transactional(readOnly = true)
    public boolean exists(long agencyId, int year) {
        return !reports.findByAgencyIdAndReportYearOrderByEditionDesc(agencyId, year)
                .isEmpty();
    }

    /**
     * The sums of the tables of the published reports below a government on {@code year} (its area), as the
     * government's own report starts with them; empty for a department or a government without agencies below.
     */
    @Transactional(readOnly = true)
    public Optional<ReportTables> areaTables(long governmentId, int year) {
        return aggregation.of(governmentId, year).map(AreaAggregate::tables);
    }

    /** The same sums with the agencies they take in and those not published yet (汇总范围). */
    @Transactional(readOnly = true)
    public Optional<AreaAggregate> areaAggregate(long governmentId, int year) {
        return aggregation.of(governmentId, year);
    }

    /** A report published elsewhere, read in with its figures and text; it takes no part in the approval chain. */
    public long importPublished(
            long agencyId, int year, ReportContent content, String username, String displayName, String source) {
        refuseYear(agencyId, year);
        Report report = new Report(agencyId, year, username, clock.instant());
        report.replaceContent(content, clock.instant());
        report.moveTo(ReportStage.IMPORTED, clock.instant());
        saveNew(report);
        history.record(
                report.getId(),
                ReportStage.IMPORTED,
                HistoryAction.IMPORTED,
                username,
                displayName,
                "从已发布的报告导入：" + source);
        return report.getId();
    }

    /** Refuses a year before the current format or after this one, before anything is created. */
    public void checkYear(int year) {
        int currentYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR_OF_FORMAT || year > currentYear) {
            throw new ReportInputException(
                    "报告年度须在 " + FIRST_YEAR_OF_FORMAT + " 年至 " + currentYear + " 年之间（现行格式适用于 2021 年度起的报告）。");
        }
    }

    /** Where the report stands now; the approval chain's listener is the one that moves it. */
    public void moveTo(long reportId, ReportStage stage) {
        reads.find(reportId).moveTo(stage, clock.instant());
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
        if (note.strip().length() > ReportEdition.MAX_CORRECTION_NOTE) {
            throw new ReportInputException("更正说明不能超过 " + ReportEdition.MAX_CORRECTION_NOTE + " 字。");
        }
        Report published = reads.find(publishedId);
        if (published.getStage() == ReportStage.CORRECTING) {
            throw new ReportInputException("这份报告的更正正在办理中，请在待办或「本机关报告」中继续办理。");
        }
        if (published.getStage() != ReportStage.PUBLISHED) {
            throw new ReportInputException(
                    "只有已发布的现行版本可以更正（当前：" + published.getStage().label() + "）。");
        }
        Report correction = reports.save(Report.correcting(published, note.strip(), username, clock.instant()));
        published.moveTo(ReportStage.CORRECTING, clock.instant());
        bases.copy(publishedId, correction.getId());
        history.record(
                publishedId,
                ReportStage.CORRECTING,
                HistoryAction.CORRECTION_STARTED,
                username,
                displayName,
                note.strip());
        history.record(
                correction.getId(),
                ReportStage.DRAFTING,
                HistoryAction.CORRECTION_STARTED,
                username,
                displayName,
                note.strip());
        return correction.getId();
    }

    /**
     * The report is public now; the edition it corrects, if any, is superseded (and stays readable). Called once
     * more for a report already public, it changes nothing.
     */
    public void published(long reportId) {
        Report report = reads.find(reportId);
        if (report.getStage() == ReportStage.PUBLISHED) {
            return;
        }
        report.moveTo(ReportStage.PUBLISHED, clock.instant());
        if (report.getCorrectsId() != null) {
            moveTo(report.getCorrectsId(), ReportStage.SUPERSEDED);
            history.record(
                    report.getCorrectsId(),
                    ReportStage.SUPERSEDED,
                    HistoryAction.SUPERSEDED,
                    "system",
                    "系统",
                    "第" + report.getEdition() + "版已发布");
        }
    }

    private void refuseYear(long agencyId, int year) {
        checkYear(year);
        if (exists(agencyId, year)) {
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
            if (String.valueOf(e.getMostSpecificCause().getMessage())
                    .toLowerCase(Locale.ROOT)
                    .contains("uk_report_agency_year_edition")) {
                throw new ReportExistsException(report.getReportYear());
            }
            throw e;
        }
    }
}
