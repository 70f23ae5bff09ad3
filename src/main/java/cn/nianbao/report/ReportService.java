package cn.nianbao.report;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a report outside the task screens: read it, save a draft, check it, read its history.
 * Every method checks the signed-in person itself ({@link ReportAccess}): a report they may not read is "not found",
 * whether it exists or not.
 */
@Service
@Transactional
public class ReportService {

    /** About 25 printed pages per section: far beyond any real report, small enough to keep pages fast. */
    public static final int MAX_SECTION_LENGTH = 50_000;

    private final VisibleReports visible;
    private final ReportReads reads;
    private final ReportHistory history;
    private final ReportVersions versions;
    private final ReportCopies copies;
    private final DraftSaving drafts;
    private final EarlierYearImport imports;

    ReportService(
            VisibleReports visible,
            ReportReads reads,
            ReportHistory history,
            ReportVersions versions,
            ReportCopies copies,
            DraftSaving drafts,
            EarlierYearImport imports) {
        this.visible = visible;
        this.reads = reads;
        this.history = history;
        this.versions = versions;
        this.copies = copies;
        this.drafts = drafts;
        this.imports = imports;
    }

    @Transactional(readOnly = true)
    public ReportView view(long reportId) {
        visible.require(reportId);
        return reads.read(reportId);
    }

    /**
     * The report as a screen shows it to the person, recorded in the audit trail as a view of it; {@code where}
     * names the screen (「报告页」, 「保密审查」, 「起草：表三」…).
     */
    public ReportView open(long reportId, String where) {
        ReportView report = view(reportId);
        visible.opened(reportId, where, report.title());
        return report;
    }

    /**
     * The reports this person may read before they are public: their own agency's, and for a coordinator those of
     * every agency below theirs. Newest year first.
     */
    @Transactional(readOnly = true)
    public List<ReportSummary> readableReports() {
        return visible.readable();
    }

    /** Which edition the report is, and for a correction its 更正说明. */
    @Transactional(readOnly = true)
    public ReportEdition edition(long reportId) {
        visible.require(reportId);
        return reads.edition(reportId);
    }

    @Transactional(readOnly = true)
    public List<ReportHistoryItem> history(long reportId) {
        visible.require(reportId);
        return history.of(reportId);
    }

    /** What the report was prefilled from: a government's area sums (included and missing agencies), or 上年结转. */
    @Transactional(readOnly = true)
    public Optional<String> aggregationScope(long reportId) {
        visible.require(reportId);
        return history.aggregationScope(reportId);
    }

    /**
     * What changed since the version the signed-in person last submitted or decided on (a reviewer's last look, or
     * the draft a returned report was last submitted as); empty on a first look.
     */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesSinceMyLastVersion(long reportId) {
        visible.require(reportId);
        return versions.sinceSeenBy(reportId, visible.reader().username());
    }

    /** What one step of the history changed against the version before it. */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesAt(long reportId, long historyId) {
        visible.require(reportId);
        return versions.at(reportId, historyId);
    }

    /** The history entries that have a version to compare (submissions and decisions). */
    @Transactional(readOnly = true)
    public Set<Long> versionedSteps(long reportId) {
        visible.require(reportId);
        return versions.historyIds(reportId);
    }

    /** The sign-off (签发): signer, time and opinion, once the lead has signed. */
    @Transactional(readOnly = true)
    public Optional<ReportHistoryItem> signOff(long reportId) {
        return history(reportId).reversed().stream()
                .filter(item -> item.action() == HistoryAction.SIGNED)
                .findFirst();
    }

    /** 抄送我的: reports copied to the signed-in person, newest first. */
    @Transactional(readOnly = true)
    public List<CopiedReport> copiedToMe() {
        return copies.copiedTo(visible.reader().username());
    }

    /** Every finding of the format's rules, as submission will see them. */
    @Transactional(readOnly = true)
    public List<Finding> check(long reportId) {
        visible.require(reportId);
        return reads.findings(reportId);
    }

    /** Last year's report of the same agency, which the cross-year rules compare with, if the system has it. */
    @Transactional(readOnly = true)
    public Optional<ReportContent> lastYear(long reportId) {
        visible.require(reportId);
        return reads.lastYear(reportId);
    }

    /**
     * Saves text and figures of a draft. Refused, changing nothing, when the input is invalid, the report is no
     * longer a draft, the person is not a handler of its agency, or someone saved since {@code expectedVersion}; and
     * for a colleague drafting only some parts (分工起草), when anything outside those parts changed. The text is stored
     * normalised ({@link cn.nianbao.base.PlainText}); when that removed or changed characters, the view returned says
     * so ({@link ReportView#notice()}).
     */
    public ReportView saveDraft(long reportId, long expectedVersion, ReportContent typed) {
        Optional<String> notice = drafts.save(reportId, expectedVersion, typed);
        return reads.read(reportId).withNotice(notice);
    }

    /**
     * Saves what the person changed since they loaded the draft ({@link DraftEdit}), part by part: a section or cell
     * a colleague saved differently in the meantime is left as the colleague saved it and returned as a conflict
     * naming them, everything else is stored. Refused as a whole, changing nothing, for invalid input, a report no
     * longer a draft, or a part the person may not change (the 起草 task's holder: every part not handed out; a
     * colleague with a part task: their parts; anyone else: nothing).
     */
    public DraftSaved saveDraft(long reportId, DraftEdit edit) {
        DraftSaving.Applied applied = drafts.save(reportId, edit);
        return new DraftSaved(reads.read(reportId).withNotice(applied.notice()), applied.conflicts());
    }

    /**
     * The parts whose last save was someone else's, with the part's version, who and when: the editor shows a
     * colleague's saves without a reload.
     */
    @Transactional(readOnly = true)
    public List<PartStamp> colleaguesSaves(long reportId) {
        return drafts.stamps(reportId);
    }

    /**
     * Reads in the agency's report of an earlier year that was published before this system, so that the next
     * year's report can be checked across years against it. Only a handler of the agency may do so.
     */
    public long importPublished(int year, String agencyName, ReportContent content, String source) {
        return imports.importPublished(year, agencyName, content, source);
    }

    /** Whether {@link #importPublished} would take a report of {@code agencyName} from the signed-in person. */
    @Transactional(readOnly = true)
    public boolean mayImport(String agencyName) {
        return imports.mayImport(agencyName);
    }
}
