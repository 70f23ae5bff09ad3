package cn.nianbao.report;

import cn.nianbao.report.format.ReportContent;
import java.time.Instant;
import java.util.Set;

/**
 * A proposal as the drafter reads it: which parts, who and when, what it would change in the draft as it stands now,
 * and the draft with the proposal applied ({@code applied}, to copy from or to save as the drafter's own edit).
 */
public record ProposalView(
        long historyId,
        Set<DraftPart> parts,
        String proposedByName,
        Instant proposedAt,
        ContentChanges changes,
        ReportContent current,
        ReportContent applied) {}
