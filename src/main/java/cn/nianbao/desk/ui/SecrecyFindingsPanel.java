package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.MarkKind;
import cn.nianbao.report.ReviewFinding;
import cn.nianbao.report.ui.ReportDocument;
import cn.nianbao.workflow.ReviewMarks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * 保密审查's list beside the text: each finding of PRIVACY, SECRET-MARK and LEXICON with its passage (a click shows it
 * in the text), 已核实 with an optional note, or 退回修改, which also writes the finding into the opinion for the
 * return; 「已标记 2/3」 above. Each mark is saved at once (the service checks the task again); a refused mark keeps
 * the note as typed. {@code onMarked} runs after each mark (the history beside it is shown anew).
 */
final class SecrecyFindingsPanel extends Div {

    private final ReviewMarks marks;
    private final String taskId;
    private final TextArea opinion;
    private final Runnable onMarked;
    private final List<ReviewFinding> findings;
    private final Span counter = new Span();

    SecrecyFindingsPanel(
            ReviewMarks marks, String taskId, List<ReviewFinding> findings, TextArea opinion, Runnable onMarked) {
        this.marks = marks;
        this.taskId = taskId;
        this.opinion = opinion;
        this.onMarked = onMarked;
        this.findings = new ArrayList<>(findings);
        addClassName("review-findings");
        setId("review-findings");
        counter.setId("marks-counter");
        add(new H3("审查提示（通过前须逐条标记）"), counter);
        for (int i = 0; i < findings.size(); i++) {
            add(row(i));
        }
        count();
    }

    private Div row(int index) {
        ReviewFinding finding = findings.get(index);
        Span passage = new Span("“" + finding.span().shown() + "”");
        passage.addClassName("passage");
        passage.getElement().setAttribute("title", "在正文中查看");
        passage.addClickListener(e -> show(index));
        Span state = new Span();
        state.addClassName("mark-state");
        TextField note = new TextField();
        note.setPlaceholder("核实说明（可不填）");
        note.setMaxLength(ReviewFinding.MAX_NOTE);
        note.setId("mark-note-" + index);
        finding.mark().map(ReviewFinding.Mark::note).ifPresent(note::setValue);
        Button verify = new Button("已核实");
        verify.setId("verify-" + index);
        verify.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        Button revise = new Button("退回修改");
        revise.setId("revise-" + index);
        revise.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        Div row = new Div(
                new Span(finding.ruleLabel() + "："),
                passage,
                new Span("（" + finding.span().section().heading() + "）"),
                state,
                new Div(note, verify, revise));
        row.addClassName("review-finding");
        row.getElement().setAttribute("data-rule", finding.finding().rule());
        verify.addClickListener(e -> mark(index, MarkKind.VERIFIED, note.getValue(), row, state));
        revise.addClickListener(e -> {
            if (mark(index, MarkKind.TO_REVISE, note.getValue(), row, state)) {
                prefill(finding.returnOpinion());
            }
        });
        showState(finding, row, state);
        return row;
    }

    private boolean mark(int index, MarkKind kind, String note, Div row, Span state) {
        ReviewFinding[] marked = new ReviewFinding[1];
        if (!Feedback.run(
                () -> marked[0] = marks.mark(taskId, findings.get(index).key(), kind, note))) {
            return false;
        }
        findings.set(index, marked[0]);
        showState(marked[0], row, state);
        count();
        onMarked.run();
        return true;
    }

    /** The finding's words go under what the reviewer has typed already, once. */
    private void prefill(String text) {
        String typed = opinion.getValue();
        if (!typed.contains(text)) {
            opinion.setValue(typed.isBlank() ? text : typed.stripTrailing() + "\n" + text);
        }
        opinion.focus();
    }

    private static void showState(ReviewFinding finding, Div row, Span state) {
        row.getClassNames().set("verified", finding.isMarked(MarkKind.VERIFIED));
        row.getClassNames().set("to-revise", finding.isMarked(MarkKind.TO_REVISE));
        state.setText(finding.mark()
                .map(m -> "【" + m.kind().label() + " · " + m.actorName() + "】")
                .orElse("【未标记】"));
    }

    private void count() {
        long marked = findings.stream().filter(ReviewFinding::isMarked).count();
        counter.setText("已标记 " + marked + "/" + findings.size());
    }

    /** Scrolls the text to the passage and marks it as the current one. */
    private void show(int index) {
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.querySelectorAll('.marked-passage.current').forEach(e => e.classList.remove('current'));"
                                + "const p = document.getElementById($0);"
                                + "if (p) { p.classList.add('current'); p.scrollIntoView({block: 'center'}); }",
                        ReportDocument.passageId(index));
    }
}
