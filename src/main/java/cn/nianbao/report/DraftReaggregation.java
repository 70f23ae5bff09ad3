package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.report.AggregationBases.Base;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重新汇总: a government's draft takes in the reports its area published since the last 汇总. The handler first sees
 * what would change ({@link #preview}), then accepts exactly that ({@link #accept}); both check the person as saving
 * the draft does (a handler of the agency, the draft still at 起草, the tables theirs to change).
 */
@Service
@Transactional
public class DraftReaggregation {

    static final String NOTHING_NEW = "自创建以来没有新发布的下级机关报告，汇总数据也没有变化，无需重新汇总。";
    static final String DRAFT_CHANGED = "报告已被他人修改，请重新汇总后再确认。";
    static final String AREA_CHANGED = "预览之后辖区内又有报告发布或更正，请重新汇总后再确认。";
    private static final int MAX_DETAIL = 400;

    private final DraftSaving drafts;
    private final AreaAggregation aggregation;
    private final ReportHistory history;
    private final ReportReads reads;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final AggregationBases bases;

    DraftReaggregation(
            DraftSaving drafts,
            AreaAggregation aggregation,
            ReportHistory history,
            ReportReads reads,
            AgencyDirectory agencies,
            CurrentActor currentActor,
            AggregationBases bases) {
        this.drafts = drafts;
        this.aggregation = aggregation;
        this.history = history;
        this.reads = reads;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.bases = bases;
    }

    /** What 重新汇总 would change in the draft now; refused, with the reason, when it may not or need not. */
    @Transactional(readOnly = true)
    public Reaggregation preview(long reportId) {
        Report report = drafts.editableDraft(reportId);
        Computed computed = compute(report);
        refuseInvalid(report, computed);
        return computed.found();
    }

    /**
     * Stores the cells {@code preview} listed as it showed them, keeps the new sums as the base of the next 重新汇总,
     * records 重新汇总 with the new 汇总范围, and returns the draft as stored. Refused, changing nothing, when the draft
     * was saved since the preview, or the area's reports changed since (the person is to look again).
     */
    public ReportView accept(Reaggregation preview) {
        Report report = drafts.lockedDraft(preview.reportId());
        if (report.getVersion() != preview.draftVersion()) {
            throw new ReportInputException(DRAFT_CHANGED);
        }
        Computed now = compute(report);
        if (!now.found().sameAs(preview)) {
            throw new ReportInputException(AREA_CHANGED);
        }
        refuseInvalid(report, now);
        drafts.save(report, now.edit());
        bases.record(report.getId(), now.aggregate());
        Actor actor = currentActor.require();
        String summary = now.found().summary();
        history.record(
                report.getId(),
                ReportStage.DRAFTING,
                HistoryAction.REAGGREGATED,
                actor.username(),
                actor.displayName(),
                now.found().scope(),
                summary.length() <= MAX_DETAIL ? summary : summary.substring(0, MAX_DETAIL - 1) + "…");
        return reads.read(report.getId());
    }

    private record Computed(Reaggregation found, ReaggregationDiff diff, AreaAggregate aggregate) {

        DraftEdit edit() {
            return new DraftEdit(Map.of(), diff.edit());
        }
    }

    /** Someone outside the cells first (as a save refuses them), then a cell that would go below zero. */
    private void refuseInvalid(Report report, Computed computed) {
        drafts.refuseOutsideRights(report.getId(), currentActor.require(), computed.edit());
        computed.diff().refuseNegative();
    }

    private Computed compute(Report report) {
        if (agencies.kindOf(report.getAgencyId()) != AgencyKind.GOVERNMENT) {
            throw new ReportInputException("只有人民政府的报告汇总下级机关的数据，本机关的报告无需重新汇总。");
        }
        AreaAggregate aggregate = aggregation
                .of(report.getAgencyId(), report.getReportYear())
                .orElseThrow(() -> new ReportInputException("本级政府之下没有需要汇总的机关，无需重新汇总。"));
        Optional<Base> base = bases.of(report.getId());
        ReaggregationDiff diff =
                new ReaggregationDiff(report.content().tables(), aggregate.tables(), base.map(Base::sums));
        Reaggregation found = new Reaggregation(
                report.getId(),
                report.getVersion(),
                diff.changes(),
                ReaggregationDiff.newlyIncluded(
                        aggregate.published(), base.map(Base::includedAgencies).orElse(Set.of())),
                aggregate.missing(),
                aggregate.describe(),
                base.isPresent());
        if (found.isEmpty()) {
            throw new ReportInputException(NOTHING_NEW);
        }
        return new Computed(found, diff, aggregate);
    }
}
