package cn.nianbao.report;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The versions a report's history kept (one per submission and decision) and what changed between them. */
@Component
@Transactional(readOnly = true)
class ReportVersions {

    private final HistoryRepository history;
    private final SnapshotRepository snapshots;
    private final ReportReads reads;
    private final PartProposalRepository proposals;

    ReportVersions(
            HistoryRepository history,
            SnapshotRepository snapshots,
            ReportReads reads,
            PartProposalRepository proposals) {
        this.history = history;
        this.snapshots = snapshots;
        this.reads = reads;
        this.proposals = proposals;
    }

    /**
     * What changed since the version this person last submitted or decided on; on their first look at a correction,
     * what changed since the published edition it started from; otherwise empty when they never did (their first
     * look at the report).
     */
    Optional<ContentChanges> sinceSeenBy(long reportId, String username) {
        List<HistoryEntry> entries = history.findByReportIdOrderByOccurredAtAscIdAsc(reportId);
        Optional<ReportHistoryItem> seen = entries.reversed().stream()
                .map(HistoryEntry::toItem)
                .filter(item -> item.action().isDecision() && username.equals(item.actorUsername()))
                .findFirst();
        if (seen.isEmpty()) {
            return startingPoint(reportId)
                    .map(start -> ContentDiff.between(
                            start.label(), start.content(), reads.find(reportId).content()));
        }
        return snapshots.findByReportIdOrderByIdAsc(reportId).stream()
                .filter(s -> s.getHistoryId() == seen.get().id())
                .findFirst()
                .map(s -> ContentDiff.between(
                        since(seen.get()),
                        SnapshotJson.read(s.getContent()),
                        reads.find(reportId).content()));
    }

    /**
     * What the step {@code historyId} changed against the version before it; the first step of a correction against
     * the published edition it started from, the first of a new report against an empty one.
     */
    Optional<ContentChanges> at(long reportId, long historyId) {
        List<ReportSnapshot> all = snapshots.findByReportIdOrderByIdAsc(reportId);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getHistoryId() == historyId) {
                Version before = i == 0
                        ? startingPoint(reportId)
                                .orElse(new Version("空白报告", new ReportContent(Map.of(), ReportTables.empty())))
                        : new Version(
                                history.findById(all.get(i - 1).getHistoryId())
                                        .map(HistoryEntry::toItem)
                                        .map(ReportVersions::since)
                                        .orElse("上一版本"),
                                SnapshotJson.read(all.get(i - 1).getContent()));
                return Optional.of(ContentDiff.between(
                        before.label(),
                        before.content(),
                        SnapshotJson.read(all.get(i).getContent())));
            }
        }
        // a part's former owner's proposal (PartProposals): what applying it would change in the draft as it is now
        return proposals
                .findByReportIdAndHistoryId(reportId, historyId)
                .map(proposal -> proposal.against(reads.find(reportId).content()));
    }

    /** For a correction, the published edition it started from (which never changes); empty for a first edition. */
    private Optional<Version> startingPoint(long reportId) {
        Report report = reads.find(reportId);
        if (report.getCorrectsId() == null) {
            return Optional.empty();
        }
        Report published = reads.find(report.getCorrectsId());
        return Optional.of(new Version("更正前已发布的第 " + published.getEdition() + " 版", published.content()));
    }

    private record Version(String label, ReportContent content) {}

    /**
     * The history entries that kept a version or a proposal, so that a timeline links only where there is something
     * to show.
     */
    Set<Long> historyIds(long reportId) {
        Set<Long> ids = snapshots.findByReportIdOrderByIdAsc(reportId).stream()
                .map(ReportSnapshot::getHistoryId)
                .collect(Collectors.toCollection(HashSet::new));
        proposals.findByReportIdOrderByIdAsc(reportId).forEach(p -> ids.add(p.getHistoryId()));
        return ids;
    }

    private static String since(ReportHistoryItem item) {
        return ChinaTime.MINUTES.format(item.occurredAt()) + " " + item.actorName()
                + item.action().label() + "时的版本";
    }
}
