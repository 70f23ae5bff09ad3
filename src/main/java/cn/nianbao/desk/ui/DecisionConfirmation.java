package cn.nianbao.desk.ui;

import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportStage;
import cn.nianbao.workflow.ReturnTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The question asked before a decision that cannot be taken back by the person deciding: 签发 (the report publishes
 * by itself) and every 退回 (the report leaves for an earlier step). 取消 changes nothing and keeps what was typed.
 */
final class DecisionConfirmation {

    static final String SIGN_OFF = "签发后系统将自动发布（辖区要求先备案后公布的，经主管部门备案后发布），不能撤回。";
    static final String FILING = "备案后系统将自动发布，不能撤回。";

    private DecisionConfirmation() {}

    /** Where the report goes and who gets it, in the words of the return button. */
    static String returnText(ReturnTarget target) {
        ReportStage step = target == null ? ReportStage.DRAFTING : target.step();
        String to = target == null ? "起草" : target.label();
        String then = step == ReportStage.DRAFTING ? "由其按退回意见修改后重新提交。" : "由其按退回意见重新办理。";
        return "退回后报告回到" + to + "，" + then;
    }

    /**
     * Asks before {@code decision}; an opinion too long to be saved is refused first, without asking. The button,
     * disabled on click, is enabled again when the person cancels.
     */
    static void ask(Button button, TextArea opinion, String header, String text, Runnable decision) {
        if (!Feedback.run(() -> TextLimits.require(opinion))) {
            button.setEnabled(true);
            return;
        }
        ConfirmDialog dialog = ChineseI18n.confirmDialog(header, text, button.getText());
        dialog.setId("confirm-decision");
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme(button.hasThemeName("error") ? "error primary" : "primary");
        dialog.addCancelListener(e -> button.setEnabled(true));
        dialog.addConfirmListener(e -> decision.run());
        dialog.open();
    }
}
