package cn.nianbao.deadline.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.deadline.HolidayNotice;
import cn.nianbao.deadline.WorkingCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.IntSupplier;

/**
 * 粘贴国务院办公厅通知: the notice is read into days off and weekends worked and shown with every line it could not
 * read; only a reading without such lines may be saved, and saving replaces the year's entries.
 */
class NoticePastePanel extends VerticalLayout {

    static final int MAX_TEXT = 20_000;

    private final WorkingCalendar calendar;
    private final IntSupplier year;
    private final Runnable saved;
    private final TextArea text = new TextArea("国务院办公厅关于部分节假日安排的通知（全文粘贴）");
    private final Paragraph summary = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final CalendarGrid preview = new CalendarGrid("notice-days");
    private final Button save = new Button("确认并替换全年安排");
    private HolidayNotice.Reading reading;

    NoticePastePanel(WorkingCalendar calendar, IntSupplier year, Runnable saved) {
        this.calendar = calendar;
        this.year = year;
        this.saved = saved;
        text.setId("notice-text");
        text.setWidthFull();
        text.setMaxLength(MAX_TEXT);
        text.setPlaceholder("一、元旦：1月1日（周五）放假1天，不调休。");
        Button read = new Button("识别", e -> read());
        read.setId("read-notice");
        save.setId("save-notice");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("取消", e -> clear());
        cancel.setId("cancel-notice");
        summary.setId("notice-summary");
        problems.setId("notice-problems");
        problems.addClassName("error-text");
        setPadding(false);
        add(new H3("粘贴通知"), text, read, summary, problems, preview, new HorizontalLayout(save, cancel));
        clear();
    }

    private void read() {
        String pasted = text.getValue();
        if (pasted == null || pasted.isBlank()) {
            Feedback.error("请先粘贴通知全文。");
            return;
        }
        reading = HolidayNotice.read(year.getAsInt(), pasted);
        long off = reading.days().stream().filter(d -> !d.working()).count();
        long worked = reading.days().size() - off;
        summary.setText(year.getAsInt() + "年：识别出放假 " + off + " 天、调休上班 " + worked + " 天"
                + (reading.notUnderstood().isEmpty()
                        ? "。请核对后确认保存，保存后替换该年已有的安排。"
                        : "；以下 " + reading.notUnderstood().size() + " 行未能识别，请修改后重新识别："));
        problems.removeAll();
        reading.notUnderstood().forEach(line -> problems.add(new ListItem(line)));
        preview.setItems(reading.days());
        preview.setVisible(true);
        save.setEnabled(reading.complete());
    }

    private void save() {
        if (reading == null || !reading.complete()) {
            Feedback.error("通知中还有未能识别的行，未保存。");
            return;
        }
        int savedYear = reading.year();
        int count = reading.days().size();
        if (Feedback.run(() -> calendar.replaceYear(savedYear, reading.days()))) {
            Feedback.success("已保存" + savedYear + "年节假日安排，共 " + count + " 天。");
            text.clear();
            clear();
            saved.run();
        }
    }

    private void clear() {
        reading = null;
        summary.setText("");
        problems.removeAll();
        preview.setItems();
        preview.setVisible(false);
        save.setEnabled(false);
    }
}
