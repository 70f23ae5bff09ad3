package cn.nianbao.audit.ui;

import cn.nianbao.audit.AuditEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

/** One entry in full: every field, the whole detail and the before/after as plain text (escaped by the component). */
final class AuditEntryDialog extends Dialog {

    AuditEntryDialog(AuditEntry entry, AuditWords words) {
        setHeaderTitle("审计记录 " + entry.seq());
        setId("audit-entry-dialog");
        setWidth("min(60em, 95vw)");
        Div body = new Div();
        line(body, "时间", entry.chinaTime());
        line(body, "用户", entry.actorName() + "（" + entry.actorUsername() + "）");
        line(body, "来源地址", entry.clientIp());
        line(body, "操作", entry.actionLabel());
        line(body, "对象", words.target(entry));
        block(body, "详情", "audit-entry-detail", words.text(entry.detail()));
        block(body, "修改前", "audit-entry-before", words.text(entry.before()));
        block(body, "修改后", "audit-entry-after", words.text(entry.after()));
        line(body, "本条哈希（SM3）", entry.hash());
        add(body);
        getFooter().add(new Button("关闭", e -> close()));
    }

    private static void line(Div body, String label, String value) {
        Div line = new Div(new Span(label + "："), new Span(value == null ? "" : value));
        line.getStyle().set("overflow-wrap", "anywhere");
        body.add(line);
    }

    private static void block(Div body, String label, String id, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Pre pre = new Pre(text);
        pre.setId(id);
        pre.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        body.add(new Div(new Span(label + "：")), pre);
    }
}
