package cn.nianbao.report.ui;

import cn.nianbao.report.format.Finding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What the format's checks say about a report, as a reviewer sees it beside the decision. */
public class FindingsSummary extends Div {

    public FindingsSummary(List<Finding> findings) {
        this(findings, true);
    }

    /** {@code withHistory}: the report has a 办理记录 where the handler explains warnings (an upload has none). */
    public FindingsSummary(List<Finding> findings, boolean withHistory) {
        addClassName("findings-summary");
        setId("findings-summary");
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        add(new Paragraph(
                findings.isEmpty()
                        ? "格式校验：全部通过。"
                        : "格式校验：" + errors + " 处错误，" + warnings + " 处警告" + (withHistory ? "（经办人员的说明见办理记录）。" : "。")));
        UnorderedList list = new UnorderedList();
        for (Finding finding : findings) {
            ListItem item = new ListItem(finding.severity().label() + "：" + finding.message());
            item.getElement().setAttribute("data-rule", finding.rule());
            item.addClassName(finding.isError() ? "error" : "warning");
            list.add(item);
        }
        add(list);
    }
}
