package cn.nianbao.report.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.OpinionBlocks;
import cn.nianbao.report.ReportHistoryItem;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * 审批意见栏 as on a paper 审批表: a bordered block per review step with the opinion, name and date of the decision
 * that counts; earlier rounds folded below it (a 退回 marked as such), so nobody scrolls the history to find them.
 */
public class OpinionColumn extends Div {

    public OpinionColumn(List<ReportHistoryItem> history) {
        setId("opinions");
        addClassName("opinion-column");
        add(new H3("审批意见"));
        for (OpinionBlocks.Block block : OpinionBlocks.of(history)) {
            add(block(block));
        }
    }

    private static Div block(OpinionBlocks.Block block) {
        Div box = new Div();
        box.addClassName("opinion-block");
        box.setId("opinion-" + block.step().name().toLowerCase().replace('_', '-'));
        Span title = new Span(block.title());
        title.addClassName("opinion-title");
        box.add(title);
        block.counting().ifPresentOrElse(decision -> box.add(decision(decision)), () -> {
            Paragraph none = new Paragraph("（本轮尚未办理）");
            none.addClassName("opinion-none");
            box.add(none);
        });
        if (!block.earlier().isEmpty()) {
            Div rounds = new Div();
            block.earlier().forEach(d -> rounds.add(decision(d)));
            Details earlier = new Details("此前 " + block.earlier().size() + " 次意见", rounds);
            earlier.addClassName("opinion-earlier");
            box.add(earlier);
        }
        return box;
    }

    private static Div decision(ReportHistoryItem decision) {
        String opinion = decision.opinion() == null || decision.opinion().isBlank() ? "（未填写意见）" : decision.opinion();
        Paragraph text = new Paragraph((decision.action() == HistoryAction.RETURNED ? "【退回】" : "") + opinion);
        text.addClassName("opinion-text");
        Paragraph signed = new Paragraph(decision.actorName() + "　" + ChinaTime.DATE.format(decision.occurredAt()));
        signed.addClassName("opinion-signed");
        return new Div(text, signed);
    }
}
