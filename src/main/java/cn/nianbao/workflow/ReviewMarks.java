package cn.nianbao.workflow;

import cn.nianbao.base.PlainText;
import cn.nianbao.report.MarkKind;
import cn.nianbao.report.ReviewFinding;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * 保密审查 as the review screen uses it, as the signed-in person: the findings of PRIVACY, SECRET-MARK and LEXICON
 * with their marks, and marking one 已核实 or 退回修改. 通过 is refused until every one is 已核实 ({@link Decisions}).
 */
@Service
public class ReviewMarks {

    private final CurrentActor currentActor;
    private final FindingMarking marking;
    private final WorkflowExceptionTranslator translator = new WorkflowExceptionTranslator();

    ReviewMarks(CurrentActor currentActor, FindingMarking marking) {
        this.currentActor = currentActor;
        this.marking = marking;
    }

    /** The findings of the report of this 保密审查 task, in the order of the text. */
    public List<ReviewFinding> findings(String taskId) {
        return translator.run(() -> marking.findings(actor(), taskId));
    }

    /** Marks a finding; {@code note} (optional, at most 500 characters) goes into the history with it. */
    public ReviewFinding mark(String taskId, String findingKey, MarkKind kind, String note) {
        String clean = note == null ? null : PlainText.normalize(note).text();
        return translator.run(() -> {
            try {
                return marking.mark(actor(), taskId, findingKey, kind, clean);
            } catch (DataIntegrityViolationException e) {
                // the same finding marked twice at once (a double click, two windows): the first mark stands
                throw new WorkflowActionException("这条审查提示刚刚已被标记，请刷新页面后查看。");
            }
        });
    }

    private Actor actor() {
        return currentActor.require();
    }
}
