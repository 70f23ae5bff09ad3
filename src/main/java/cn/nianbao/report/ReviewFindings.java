package cn.nianbao.report;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.TextSpan;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 保密审查's list: the findings of PRIVACY, SECRET-MARK and LEXICON on the report as it stands, each with the
 * reviewer's mark, which goes into the history (and so the audit trail). Each rule has its owner here: 通过 is refused
 * while a finding is unmarked or marked 退回修改 ({@link #approvalRefusal}). Trusts its caller (the workflow), who has
 * checked that the person holds the open 保密审查 task. Part of the trusted named interface.
 */
@Service
@Transactional
@NamedInterface("trusted")
public class ReviewFindings {

    private static final int NAMED_IN_REFUSAL = 3;

    private final ReportReads reads;
    private final FindingMarkRepository marks;
    private final ReportHistory history;
    private final Clock clock;

    ReviewFindings(ReportReads reads, FindingMarkRepository marks, ReportHistory history, Clock clock) {
        this.reads = reads;
        this.marks = marks;
        this.history = history;
        this.clock = clock;
    }

    /** The findings in the order of the text, each with its mark if it has one. */
    @Transactional(readOnly = true)
    public List<ReviewFinding> of(long reportId) {
        Map<String, FindingMark> marked = marks.findByReportId(reportId).stream()
                .collect(Collectors.toMap(FindingMark::getFindingKey, Function.identity()));
        FindingKeys keys = new FindingKeys(reads.find(reportId).content());
        return reads.findings(reportId).stream()
                .filter(FindingKeys::isReviewed)
                .sorted(Comparator.comparing((Finding f) -> span(f).section()).thenComparingInt(f -> span(f).start()))
                .map(f -> {
                    String key = keys.next(f.rule(), span(f));
                    return new ReviewFinding(
                            key,
                            f,
                            span(f),
                            Optional.ofNullable(marked.get(key)).map(FindingMark::toMark));
                })
                .toList();
    }

    /** Marks (or marks again) the finding {@code key} of the report as it stands now; the note is optional. */
    public ReviewFinding mark(
            long reportId, String taskId, String key, MarkKind kind, String note, String username, String displayName) {
        ReviewFinding finding = of(reportId).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ReportInputException("这条审查提示已不在报告中（正文可能已修改），请刷新页面。"));
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > ReviewFinding.MAX_NOTE) {
            throw new ReportInputException("核实说明不能超过 " + ReviewFinding.MAX_NOTE + " 字。");
        }
        FindingMark mark =
                marks.findByReportIdAndFindingKey(reportId, key).orElseGet(() -> new FindingMark(reportId, key));
        mark.set(taskId, kind, kept, username, displayName, clock.instant());
        marks.save(mark);
        history.record(
                reportId,
                ReportStage.SECRECY_REVIEW,
                HistoryAction.FINDING_MARKED,
                username,
                displayName,
                kept,
                kind.label() + "：" + finding.describe());
        return new ReviewFinding(key, finding.finding(), finding.span(), Optional.of(mark.toMark()));
    }

    /**
     * Why 通过 cannot be given yet: findings not marked (「还有 2 条审查提示未标记：…」), or marked 退回修改 (the
     * reviewer said the text must change, so the report goes back, not on). Empty when every finding is 已核实.
     */
    @Transactional(readOnly = true)
    public Optional<String> approvalRefusal(long reportId) {
        List<ReviewFinding> findings = of(reportId);
        List<ReviewFinding> unmarked =
                findings.stream().filter(f -> !f.isMarked()).toList();
        if (!unmarked.isEmpty()) {
            return Optional.of("还有 " + unmarked.size() + " 条审查提示未标记：" + named(unmarked) + "。请逐条标记「已核实」或「退回修改」后再通过。");
        }
        List<ReviewFinding> toRevise =
                findings.stream().filter(f -> f.isMarked(MarkKind.TO_REVISE)).toList();
        if (!toRevise.isEmpty()) {
            return Optional.of(
                    "有 " + toRevise.size() + " 条审查提示标记为「退回修改」：" + named(toRevise) + "。请退回修改，或将其改标为「已核实」后再通过。");
        }
        return Optional.empty();
    }

    private static String named(List<ReviewFinding> findings) {
        String first = findings.stream()
                .limit(NAMED_IN_REFUSAL)
                .map(ReviewFinding::describe)
                .collect(Collectors.joining("；"));
        return findings.size() > NAMED_IN_REFUSAL ? first + " 等" : first;
    }

    private static TextSpan span(Finding finding) {
        return finding.text().orElseThrow();
    }
}
