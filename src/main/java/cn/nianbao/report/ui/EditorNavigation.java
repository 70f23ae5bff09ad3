package cn.nianbao.report.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * A small bar above the draft: a button per section (一 … 六) and table (表二/三/四) that scrolls there, and
 * 「下一个问题」, which scrolls to the field of the next invalid input or finding, round and round. The draft is one long
 * page; this only moves the view, it changes nothing.
 */
public class EditorNavigation extends Div {

    /** Scrolls the element with this id into the middle of the view and puts the caret there. */
    private static final String SCROLL_TO = """
            const target = document.getElementById($0);
            if (target) {
              target.scrollIntoView({behavior: 'smooth', block: 'center'});
              if (target.focus) target.focus({preventScroll: true});
            }""";

    private final ReportEditor editor;
    private int nextProblem;

    public EditorNavigation(ReportEditor editor) {
        this.editor = editor;
        addClassName("editor-nav");
        setId("editor-nav");
        for (Section section : Section.values()) {
            add(jump(section.heading().substring(0, 1), "section-" + section.name(), section.heading()));
            switch (section) {
                case S2 -> add(jump("表二", "figures-t2", "表二"));
                case S3 -> add(jump("表三", "figures-t3", "表三"));
                case S4 -> add(jump("表四", "figures-t4", "表四"));
                default -> {}
            }
        }
        Button next = new Button("下一个问题", e -> nextProblem());
        next.setId("next-problem");
        next.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        add(next);
    }

    /** The ids of the fields with a problem, in the order of the page's findings: invalid inputs first. */
    List<String> problemTargets() {
        List<String> targets = new ArrayList<>();
        Cells.all().stream().map(editor::cell).filter(FigureCell::isInvalid).forEach(cell -> targets.add(cell.domId()));
        for (Finding finding : editor.findings()) {
            String target = finding.cells().isEmpty()
                    ? "findings"
                    : editor.cell(finding.cells().getFirst()).domId();
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    private void nextProblem() {
        List<String> targets = problemTargets();
        if (targets.isEmpty()) {
            Feedback.success("没有发现问题。");
            return;
        }
        nextProblem = nextProblem % targets.size();
        scrollTo(targets.get(nextProblem));
        nextProblem++;
    }

    private Button jump(String label, String targetId, String title) {
        Button button = new Button(label, e -> scrollTo(targetId));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.getElement().setAttribute("title", "转到" + title);
        button.getElement().setAttribute("data-target", targetId);
        return button;
    }

    private void scrollTo(String targetId) {
        getElement().executeJs(SCROLL_TO, targetId);
    }
}
