package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.lexicon.LexiconService;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports read without a check of the reader, for the modules that have checked already or show only what is public
 * (a task the workflow found for the person, a published report, the coordinators' counts, the deadline scan). People
 * read through {@link ReportService}, which checks who they are. Part of the trusted named interface.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("trusted")
public class ReportReads {

    private final ReportRepository reports;
    private final AgencyDirectory agencies;
    private final LexiconService lexicon;

    ReportReads(ReportRepository reports, AgencyDirectory agencies, LexiconService lexicon) {
        this.reports = reports;
        this.agencies = agencies;
        this.lexicon = lexicon;
    }

    public ReportView read(long reportId) {
        Report report = find(reportId);
        return new ReportView(
                report.getId(),
                report.getAgencyId(),
                agencies.nameOf(report.getAgencyId()),
                report.getReportYear(),
                report.getStage(),
                report.getVersion(),
                report.getUpdatedAt(),
                report.content());
    }

    /**
     * Who, which year, which edition of one report, read through the persistence context: inside a step that has
     * already loaded the report and its agency (the task listener after a decision) it sends no statement.
     */
    public ReportRef ref(long reportId) {
        Report report = find(reportId);
        return new ReportRef(
                report.getId(),
                report.getAgencyId(),
                report.getReportYear(),
                report.getEdition(),
                ReportView.title(agencies.nameOf(report.getAgencyId()), report.getReportYear()));
    }

    /** Who, which year, which edition, for several reports in two queries (the inbox and the deadline scan). */
    public Map<Long, ReportRef> refs(Collection<Long> reportIds) {
        List<Report> found = reports.findAllById(reportIds);
        Map<Long, String> names = agencies.namesOf(
                found.stream().map(Report::getAgencyId).distinct().toList());
        return found.stream()
                .collect(Collectors.toMap(
                        Report::getId,
                        r -> new ReportRef(
                                r.getId(),
                                r.getAgencyId(),
                                r.getReportYear(),
                                r.getEdition(),
                                ReportView.title(names.get(r.getAgencyId()), r.getReportYear()))));
    }

    /** Titles of several reports in two queries, whatever their number (the inbox lists many). */
    public Map<Long, String> titles(Collection<Long> reportIds) {
        return refs(reportIds).values().stream().collect(Collectors.toMap(ReportRef::reportId, ReportRef::title));
    }

    /**
     * Where each agency's report on {@code year} stands, for the coordinators' overview; an agency without a report
     * is absent. Where an agency has several editions, a published one under correction counts (更正中: published,
     * and on its way again), otherwise the newest.
     */
    public Map<Long, ReportStatus> statusOf(Collection<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportStatus> newest = new HashMap<>();
        for (Object[] row : reports.stagesOf(agencyIds, year)) {
            ReportStatus status = new ReportStatus((Long) row[2], (ReportStage) row[1]);
            newest.merge((Long) row[0], status, ReportReads::counting);
        }
        return newest;
    }

    private static ReportStatus counting(ReportStatus a, ReportStatus b) {
        if (a.stage() == ReportStage.CORRECTING || b.stage() == ReportStage.CORRECTING) {
            return a.stage() == ReportStage.CORRECTING ? a : b;
        }
        return a.reportId() > b.reportId() ? a : b;
    }

    /**
     * The agency's reports of earlier years that were published elsewhere and imported by its handler, the newest
     * year first: public already, so the portal may show them beside the ones published here.
     */
    public List<ReportView> imported(long agencyId) {
        return reports.findByAgencyIdAndStageOrderByReportYearDesc(agencyId, ReportStage.IMPORTED).stream()
                .map(report -> read(report.getId()))
                .toList();
    }

    /** Which edition the report is, and for a correction its 更正说明. */
    public ReportEdition edition(long reportId) {
        Report report = find(reportId);
        return new ReportEdition(
                report.getId(), report.getEdition(), report.getCorrectsId(), report.getCorrectionNote());
    }

    /**
     * Every rule of the format on the report, the cross-year ones against last year's report when it is here, LEXICON
     * with the 错敏词 list as the 安全管理员 keeps it now.
     */
    public List<Finding> findings(long reportId) {
        Report report = find(reportId);
        return new FullCheck(true, lexicon.current()).check(report.content(), lastYear(report));
    }

    public List<Finding> errors(long reportId) {
        return findings(reportId).stream().filter(Finding::isError).toList();
    }

    /**
     * The same agency's report of the year before as published (here or elsewhere and imported), if the system has
     * it; a draft of last year is no basis for this year's carry-over or its cross-year checks.
     */
    public Optional<ReportContent> lastYear(long reportId) {
        return lastYear(find(reportId));
    }

    private Optional<ReportContent> lastYear(Report report) {
        return published(report.getAgencyId(), report.getReportYear() - 1).map(Report::content);
    }

    /** The edition of a year that is public now (the newest one published, or imported); empty while none is. */
    Optional<Report> published(long agencyId, int year) {
        return reports.findByAgencyIdAndReportYearOrderByEditionDesc(agencyId, year).stream()
                .filter(r -> r.getStage().isPublic())
                .findFirst();
    }

    Report find(long reportId) {
        return reports.findById(reportId).orElseThrow(ReportNotFoundException::new);
    }
}
