package cn.nianbao.report.ui;

import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The text area of one of the six sections: plain text in paragraphs, as long as a section may be and no longer. */
final class SectionArea {

    private SectionArea() {}

    /** {@code typed}: called when the person changed the text (not when the editor did). */
    static TextArea of(Section section, String text, Runnable typed) {
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setValue(text);
        area.setId("section-" + section.name());
        boolean tableSection = section == Section.S2 || section == Section.S3 || section == Section.S4;
        area.setPlaceholder(tableSection ? "表格前的说明文字（可选）" : "请填写「" + section.heading() + "」正文，段落之间换行");
        area.setMinHeight(tableSection ? "4em" : "10em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.limit(area, ReportService.MAX_SECTION_LENGTH, section.heading());
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.run();
            }
        });
        return area;
    }
}
