package cn.nianbao.report.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftSaved;
import cn.nianbao.report.ProposalView;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;

/**
 * A part's former owner's proposal (their text typed after the part was taken back), as the drafter reads it: what
 * applying it would change in the draft now, each proposed section whole to copy from, and 采用此建议, which saves it as
 * the drafter's own edit (the server decides whether they may).
 */
final class ProposalPanel extends Div {

    ProposalPanel(ReportService reports, long reportId, ProposalView proposal, boolean drafting) {
        setId("proposal");
        addClassName("proposal");
        String parts = proposal.parts().stream().map(p -> "「" + p.label() + "」").collect(Collectors.joining("、"));
        add(
                new H3(parts + "修改建议"),
                new Paragraph(proposal.proposedByName() + "于 " + ChinaTime.MINUTES.format(proposal.proposedAt())
                        + " 提交（该部分的分工已取消，内容未保存到草稿）。下面是采用后与当前草稿相比的修改。"));
        add(new ChangesPanel("采用后的修改", proposal.changes()));
        for (Section section : Section.values()) {
            if (proposal.parts().contains(DraftPart.ofText(section))) {
                TextArea text = new TextArea(
                        section.heading() + "（建议全文，可复制）", proposal.applied().text(section), "");
                text.setReadOnly(true);
                text.setWidthFull();
                text.setId("proposal-text-" + section.name());
                add(text);
            }
        }
        if (drafting && !proposal.changes().isEmpty()) {
            Button apply = new Button("采用此建议", e -> {
                if (Feedback.run(() -> apply(reports, reportId, proposal))) {
                    Feedback.success("已采用" + parts + "修改建议，草稿已保存。");
                    e.getSource().setEnabled(false);
                }
            });
            apply.setId("apply-proposal");
            apply.addThemeVariants(ButtonVariant.PRIMARY);
            add(apply);
        }
    }

    private static void apply(ReportService reports, long reportId, ProposalView proposal) {
        DraftSaved saved = reports.saveDraft(reportId, DraftEdit.between(proposal.current(), proposal.applied()));
        if (!saved.conflicts().isEmpty()) {
            throw new ReportInputException("草稿在您打开本页后又有人保存，未能采用全部建议，请刷新本页后再试。");
        }
    }
}
