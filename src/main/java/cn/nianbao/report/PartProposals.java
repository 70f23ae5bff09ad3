package cn.nianbao.report;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.security.Actor;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A part taken back while its owner typed (分工已取消): the owner's save is refused, and instead of losing what they
 * typed it is kept for the drafter as a proposal, a history entry 「表三」修改建议（已取消分工后提交） whose text and
 * figures the drafter reads against the draft and may apply. Only the part's former owner may leave one, only while the
 * report is still being drafted; anything else is refused and recorded.
 */
@Service
@Transactional
public class PartProposals {

    private final VisibleReports visible;
    private final ReportReads reads;
    private final ReportHistory history;
    private final PartProposalRepository proposals;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectProvider<PartProposalRights> rights;

    PartProposals(
            VisibleReports visible,
            ReportReads reads,
            ReportHistory history,
            PartProposalRepository proposals,
            Clock clock,
            AuditTrail audit,
            ObjectProvider<PartProposalRights> rights) {
        this.visible = visible;
        this.reads = reads;
        this.history = history;
        this.proposals = proposals;
        this.clock = clock;
        this.audit = audit;
        this.rights = rights;
    }

    /**
     * Keeps {@code typed}'s values of {@code parts} for the drafter. Returns the history entry's id, or empty when
     * those parts are as stored (nothing to propose). Refused, keeping nothing, for anyone but the parts' former owner
     * or a report no longer in drafting.
     */
    public Optional<Long> propose(long reportId, Set<DraftPart> parts, ReportContent typed) {
        Report report = visible.require(reportId);
        Actor actor = visible.reader();
        PartProposalRights owners = rights.getIfAvailable();
        boolean allowed = actor.has(Role.HANDLER)
                && actor.agencyId() == report.getAgencyId()
                && report.getStage() == ReportStage.DRAFTING
                && !parts.isEmpty()
                && owners != null
                && parts.stream().allMatch(part -> owners.wasOwnerOf(reportId, actor.username(), part));
        if (!allowed) {
            String message = report.getStage() == ReportStage.DRAFTING
                    ? "只有该部分原来的分工起草人可以提交修改建议。本次未保存。"
                    : "报告已提交（当前环节：" + report.getStage().label() + "），不能再提交修改建议。";
            audit.recordNow(AuditAction.DRAFT_EDIT_REFUSED, ReportRef.auditTarget(reportId), message);
            throw new ReportInputException(message);
        }
        ReportContent cleaned = TypedContent.of(typed).content();
        DraftSaving.validate(cleaned);
        ReportContent current = report.content();
        PartProposal proposal =
                new PartProposal(reportId, 0, parts, SnapshotJson.write(cleaned), actor.username(), clock.instant());
        if (DraftEdit.between(current, proposal.appliedTo(current)).isEmpty()) {
            return Optional.empty();
        }
        long historyId = history.record(
                reportId,
                ReportStage.DRAFTING,
                HistoryAction.PART_PROPOSAL,
                actor.username(),
                actor.displayName(),
                null,
                labels(parts) + "修改建议（已取消分工后提交）");
        proposals.save(proposal.recordedAs(historyId));
        return Optional.of(historyId);
    }

    /** The proposal of a history entry, against the draft as it stands now; empty if the entry is none. */
    @Transactional(readOnly = true)
    public Optional<ProposalView> proposal(long reportId, long historyId) {
        visible.require(reportId);
        return proposals.findByReportIdAndHistoryId(reportId, historyId).map(proposal -> {
            ReportHistoryItem entry = history.entry(historyId).orElseThrow();
            ReportContent current = reads.find(reportId).content();
            return new ProposalView(
                    historyId,
                    proposal.parts(),
                    entry.actorName(),
                    entry.occurredAt(),
                    proposal.against(current),
                    current,
                    proposal.appliedTo(current));
        });
    }

    private static String labels(Set<DraftPart> parts) {
        return parts.stream().map(p -> "「" + p.label() + "」").collect(Collectors.joining("、"));
    }
}
