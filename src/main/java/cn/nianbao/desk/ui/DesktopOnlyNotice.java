package cn.nianbao.desk.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Above the drafting editor: its many fields and wide tables of figures are made for a computer. The notice is always
 * in the page and shown only on a narrow screen (nianbao.css), so a phone says so instead of a broken editor being
 * the only thing the person sees; the report itself can still be read there.
 */
final class DesktopOnlyNotice {

    static final String TEXT = "起草和填表请使用电脑，手机上只能查看。";

    private DesktopOnlyNotice() {}

    static Paragraph create() {
        Paragraph notice = new Paragraph(TEXT);
        notice.setId("desktop-only-notice");
        notice.addClassName("desktop-only-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }
}
