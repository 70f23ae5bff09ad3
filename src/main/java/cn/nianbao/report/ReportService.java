package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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

    private final ReportRepository reports;
    private final ReportLifecycle lifecycle;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final ReportAccess access;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReportChecker checker = new ReportChecker();
    private final ObjectProvider<DraftPartOwners> partOwners;

    ReportService(ReportRepository reports, ReportLifecycle lifecycle, AgencyDirectory agencies,
            CurrentActor currentActor, ReportAccess access, Clock clock, AuditTrail audit,
            ObjectProvider<DraftPartOwners> partOwners) {
        this.partOwners = partOwners;
        this.audit = audit;
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportView view(long reportId) {
        return toView(visible(reportId));
    }

    /**
     * The reports this person may read before they are public: their own agency's, and for a coordinator those of
     * every agency below theirs. Newest year first.
     */
    @Transactional(readOnly = true)
    public List<ReportSummary> readableReports() {
        Set<Long> agencyIds = access.readableAgencies(currentActor.require());
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = agencies.namesOf(agencyIds);
        return reports.findByAgencyIdInOrderByReportYearDescEditionDescIdDesc(agencyIds).stream()
                .map(r -> new ReportSummary(r.getId(), r.getReportYear(), r.getStage(), r.getUpdatedAt(),
                        names.get(r.getAgencyId()), r.getEdition()))
                .toList();
    }

    /** Which edition the report is, and for a correction its 更正说明. */
    @Transactional(readOnly = true)
    public ReportEdition edition(long reportId) {
        visible(reportId);
        return lifecycle.edition(reportId);
    }

    @Transactional(readOnly = true)
    public List<ReportHistoryItem> history(long reportId) {
        visible(reportId);
        return lifecycle.history(reportId);
    }

    /** For a government's report prefilled with its area's sums: which agencies were included and which missing. */
    @Transactional(readOnly = true)
    public Optional<String> aggregationScope(long reportId) {
        visible(reportId);
        return lifecycle.aggregationScope(reportId);
    }

    /**
     * What changed since the version the signed-in person last submitted or decided on (a reviewer's last look, or
     * the draft a returned report was last submitted as); empty on a first look.
     */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesSinceMyLastVersion(long reportId) {
        visible(reportId);
        return lifecycle.changesSinceSeenBy(reportId, currentActor.require().username());
    }

    /** What one step of the history changed against the version before it. */
    @Transactional(readOnly = true)
    public Optional<ContentChanges> changesAt(long reportId, long historyId) {
        visible(reportId);
        return lifecycle.changesAt(reportId, historyId);
    }

    /** The history entries that have a version to compare (submissions and decisions). */
    @Transactional(readOnly = true)
    public Set<Long> versionedSteps(long reportId) {
        visible(reportId);
        return lifecycle.snapshotHistoryIds(reportId);
    }

    /** The sign-off (签发): signer, time and opinion, once the lead has signed. */
    @Transactional(readOnly = true)
    public Optional<ReportHistoryItem> signOff(long reportId) {
        return history(reportId).reversed().stream().filter(item -> item.action() == HistoryAction.SIGNED)
                .findFirst();
    }

    /** 抄送我的: reports copied to the signed-in person, newest first. */
    @Transactional(readOnly = true)
    public List<CopiedReport> copiedToMe() {
        return lifecycle.copiedTo(currentActor.require().username());
    }

    /** Every finding of the format's rules, as submission will see them. */
    @Transactional(readOnly = true)
    public List<Finding> check(long reportId) {
        visible(reportId);
        return lifecycle.findings(reportId);
    }

    /** Last year's report of the same agency, which the cross-year rules compare with, if the system has it. */
    @Transactional(readOnly = true)
    public Optional<ReportContent> lastYear(long reportId) {
        visible(reportId);
        return lifecycle.lastYear(reportId);
    }

    /**
     * Saves text and figures of a draft. Refused, changing nothing, when the input is invalid, the report is no
     * longer a draft, the person is not a handler of its agency, or someone saved since {@code expectedVersion}; and
     * for a colleague drafting only some parts (分工起草), when anything outside those parts changed. The text is stored
     * normalised ({@link cn.nianbao.base.PlainText}); when that removed or changed characters, the view returned says
     * so ({@link ReportView#notice()}).
     */
    public ReportView saveDraft(long reportId, long expectedVersion, ReportContent typed) {
        Actor actor = currentActor.require();
        Report report = visible(reportId);
        if (!actor.has(Role.HANDLER) || actor.agencyId() != report.getAgencyId()) {
            throw new ReportInputException("只有本机关的经办人员可以编辑报告。");
        }
        if (report.getStage() != ReportStage.DRAFTING) {
            throw new ReportInputException("报告已提交（当前环节：" + report.getStage().label() + "），不能再编辑。");
        }
        if (report.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        TypedContent cleaned = TypedContent.of(typed);
        ReportContent content = cleaned.content();
        validate(content);
        ReportContent before = report.content();
        report.replaceContent(content, clock.instant());
        DraftChanges changes = DraftChanges.between(before, report.content());
        refuseOutsideParts(reportId, actor, changes);
        reports.flush();
        if (!changes.isEmpty()) {
            audit.record(AuditAction.DRAFT_EDITED, ReportLifecycle.auditTarget(reportId), changes.summary(),
                    changes.before(), changes.after());
        }
        return toView(report).withNotice(cleaned.notice());
    }

    /**
     * Reads in the agency's report of an earlier year that was published before this system, so that the next
     * year's report can be checked across years against it. Only a handler of the agency may do so.
     */
    public long importPublished(int year, String agencyName, ReportContent content, String source) {
        Actor actor = currentActor.require();
        if (!actor.has(Role.HANDLER)) {
            throw new ReportInputException("只有本机关的经办人员可以导入报告。");
        }
        String ownName = agencies.nameOf(actor.agencyId());
        if (!ownName.equals(agencyName.strip())) {
            throw new ReportInputException("这份报告的机关是「" + agencyName + "」，不是本机关「" + ownName + "」，不能导入。");
        }
        ReportContent cleaned = TypedContent.of(content).content();
        validate(cleaned);
        return lifecycle.importPublished(actor.agencyId(), year, cleaned, actor.username(), actor.displayName(),
                PlainText.normalize(source).text());
    }

    /** Thrown before anything is written, so the transaction rolls the replaced content back. */
    private void refuseOutsideParts(long reportId, Actor actor, DraftChanges changes) {
        DraftPartOwners owners = partOwners.getIfAvailable();
        if (owners == null || changes.isEmpty()) {
            return;
        }
        owners.limitedTo(reportId, actor.username()).ifPresent(parts -> {
            List<String> outside = changes.changed().stream().filter(item -> !DraftPart.within(parts, item)).toList();
            if (!outside.isEmpty()) {
                throw new ReportInputException("您只负责起草" + parts.stream().map(p -> "「" + p.label() + "」")
                        .collect(java.util.stream.Collectors.joining("、")) + "，不能修改其他部分（" + String.join("、",
                        outside.subList(0, Math.min(3, outside.size()))) + (outside.size() > 3 ? " 等" : "")
                        + "）。本次未保存。");
            }
        });
    }

    private void validate(ReportContent content) {
        for (Section section : Section.values()) {
            if (content.text(section).length() > MAX_SECTION_LENGTH) {
                throw new ReportInputException("「" + section.heading() + "」超过 " + MAX_SECTION_LENGTH
                        + " 字，请精简后再保存。");
            }
        }
        checker.check(content.tables()).stream()
                .filter(f -> f.rule().equals("DOMAIN"))
                .findFirst()
                .ifPresent(f -> {
                    throw new ReportInputException(f.message());
                });
    }

    private Report visible(long reportId) {
        Actor actor = currentActor.require();
        return reports.findById(reportId)
                .filter(r -> access.mayRead(actor, r.getAgencyId()))
                .orElseThrow(ReportNotFoundException::new);
    }

    private ReportView toView(Report report) {
        return lifecycle.read(report.getId());
    }
}
