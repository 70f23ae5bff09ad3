package cn.nianbao.report.ui;

import cn.nianbao.report.format.Finding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The box above the editor's tables: every finding of the format's rules as the handler types, errors and warnings. */
final class FindingsBox extends Div {

    private final UnorderedList list = new UnorderedList();

    FindingsBox() {
        add(list);
        addClassName("findings");
        setId("findings");
    }

    /** Shows {@code findings}; returns, per cell, the finding that marks it (an error over a warning). */
    Map<String, Finding> show(List<Finding> findings) {
        Map<String, Finding> marking = new HashMap<>();
        list.removeAll();
        for (Finding finding : findings) {
            ListItem item = new ListItem(finding.severity().label() + "：" + finding.message());
            item.getElement().setAttribute("data-rule", finding.rule());
            // where a finding on the prose stands, for highlighting it in the section's text area
            finding.text()
                    .ifPresent(span -> item.getElement()
                            .setAttribute("data-section", span.section().name())
                            .setAttribute("data-start", String.valueOf(span.start()))
                            .setAttribute("data-end", String.valueOf(span.end())));
            // REPEAT marks every repeated passage: 「start-end」 pairs, comma-separated
            if (!finding.passages().isEmpty()) {
                item.getElement()
                        .setAttribute(
                                "data-passages",
                                finding.passages().stream()
                                        .map(p -> p.start() + "-" + p.end())
                                        .collect(Collectors.joining(",")));
            }
            item.addClassName(finding.isError() ? "error" : "warning");
            list.add(item);
            finding.cells().forEach(cellId -> marking.merge(cellId, finding, (was, now) -> was.isError() ? was : now));
        }
        // a CSS class, not setVisible: Vaadin does not send an invisible component's children to the browser
        getElement().getClassList().set("empty", findings.isEmpty());
        return marking;
    }
}
