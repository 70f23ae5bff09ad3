package cn.nianbao.deadline.ui;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.deadline.AgencyDueDate;
import cn.nianbao.deadline.InternalDueDates;
import cn.nianbao.deadline.ReminderDays;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;

/**
 * 期限设置: a coordinator sets, per report year, internal due dates for the agencies below theirs (earlier than the
 * legal date), one at a time, for all of a kind at once, or by carrying last year's over; the 系统管理员 sets how
 * many working days before the due date the holder is reminded. The services check everything.
 */
@Route("deadline-settings")
@PageTitle("期限设置 · 年报")
@Menu(order = 15, title = "期限设置")
@RolesAllowed({RoleNames.COORDINATOR, RoleNames.SYSTEM_ADMIN})
public class DeadlineSettingsView extends VerticalLayout {

    private final InternalDueDates dueDates;
    private final ComboBox<Integer> year = new ComboBox<>("报告年度");
    private final Grid<AgencyDueDate> agencies = new Grid<>();
    private final IntegerField month = new IntegerField("月");
    private final IntegerField day = new IntegerField("日");
    private final ComboBox<AgencyKind> kind = new ComboBox<>("机关类型", AgencyKind.values());

    DeadlineSettingsView(InternalDueDates dueDates, ReminderDays reminderDays, CurrentActor currentActor) {
        this.dueDates = dueDates;
        Actor actor = currentActor.require();
        add(new H2("期限设置"));
        if (actor.has(Role.COORDINATOR)) {
            add(dueDateSection());
            year.setValue(dueDates.defaultYear());
        }
        if (actor.has(Role.SYSTEM_ADMIN)) {
            add(new ReminderSection(reminderDays));
        }
    }

    private VerticalLayout dueDateSection() {
        year.setId("due-year");
        year.setItems(dueDates.selectableYears());
        year.setItemLabelGenerator(y -> y + " 年度");
        year.addValueChangeListener(e -> load());
        Button copy = new Button("沿用上年", e -> copyPreviousYear());
        copy.setId("copy-previous-year");
        HorizontalLayout yearBar = new HorizontalLayout(year, copy);
        yearBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        agencies.setId("due-date-agencies");
        agencies.addColumn(AgencyDueDate::agencyName)
                .setHeader("机关")
                .setKey("agency")
                .setFlexGrow(2);
        agencies.addColumn(AgencyDueDate::kind).setHeader("类型").setKey("kind");
        agencies.addColumn(AgencyDueDate::legalLabel).setHeader("法定截止日期").setKey("legal");
        agencies.addColumn(AgencyDueDate::internalLabel).setHeader("内部截止日期").setKey("internal");
        agencies.setAllRowsVisible(true);
        month.setId("due-month");
        month.setMin(1);
        month.setMax(12);
        day.setId("due-day");
        day.setMin(1);
        day.setMax(31);
        Button save = new Button("保存内部截止日期", e -> save());
        save.setId("save-due-date");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button("恢复法定截止日期", e -> clear());
        clear.setId("clear-due-date");
        kind.setId("due-kind");
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setPlaceholder("全部下级…");
        Button setForKind = new Button("设给该类全部下级机关", e -> setForKind());
        setForKind.setId("set-due-date-for-kind");
        HorizontalLayout form = new HorizontalLayout(month, day, save, clear, kind, setForKind);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout section = new VerticalLayout(
                new H3("下级机关的内部截止日期"),
                new Paragraph("选择报告年度和机关，填写次年的月和日（须早于法定截止日期，且不能是已过的日期），该年度的报告按此日期提醒和督办；"
                        + "也可以选择机关类型一次设给全部下级该类机关，或「沿用上年」的日期。"),
                yearBar,
                agencies,
                form);
        section.setPadding(false);
        return section;
    }

    private void save() {
        AgencyDueDate selected = selected();
        MonthDay date = date();
        Integer chosen = chosenYear();
        if (selected == null || date == null || chosen == null) {
            return;
        }
        if (Feedback.run(() -> dueDates.set(selected.agencyId(), chosen, date))) {
            Feedback.success(
                    "已将" + selected.agencyName() + " " + chosen + " 年度的内部截止日期设为" + AgencyDueDate.label(date) + "。");
            load();
        }
    }

    private void clear() {
        AgencyDueDate selected = selected();
        Integer chosen = chosenYear();
        if (selected != null && chosen != null && Feedback.run(() -> dueDates.clear(selected.agencyId(), chosen))) {
            Feedback.success(selected.agencyName() + " " + chosen + " 年度恢复法定截止日期（" + selected.legalLabel() + "）。");
            load();
        }
    }

    private void setForKind() {
        MonthDay date = date();
        Integer chosen = chosenYear();
        if (date == null || chosen == null) {
            return;
        }
        int[] count = new int[1];
        if (Feedback.run(() -> count[0] = dueDates.setForKind(chosen, kind.getValue(), date))) {
            Feedback.success("已将 " + count[0] + " 个下级" + kind.getValue().label() + " " + chosen + " 年度的内部截止日期设为"
                    + AgencyDueDate.label(date) + "。");
            load();
        }
    }

    /** Asks first when the year already has dates: carrying over replaces them. */
    private void copyPreviousYear() {
        Integer chosen = chosenYear();
        if (chosen == null) {
            return;
        }
        long alreadySet = dueDates.belowMine(chosen).stream()
                .filter(d -> d.internal() != null)
                .count();
        if (alreadySet == 0) {
            copy(chosen, false);
            return;
        }
        ConfirmDialog dialog = ChineseI18n.confirmDialog(
                "替换 " + chosen + " 年度的内部截止日期？",
                chosen + " 年度已有 " + alreadySet + " 个下级机关设置了内部截止日期。沿用上年后，本年度的内部截止日期与 " + (chosen - 1) + " 年度相同，已设的将被替换。",
                "替换并沿用上年");
        dialog.setId("confirm-copy-previous-year");
        dialog.setCancelable(true);
        dialog.addConfirmListener(e -> copy(chosen, true));
        dialog.open();
    }

    private void copy(int chosen, boolean replace) {
        int[] count = new int[1];
        if (Feedback.run(() -> count[0] = dueDates.copyPreviousYear(chosen, replace))) {
            Feedback.success("已沿用 " + (chosen - 1) + " 年度的 " + count[0] + " 个内部截止日期到 " + chosen + " 年度。");
            load();
        }
    }

    private Integer chosenYear() {
        if (year.getValue() == null) {
            Feedback.error("请先选择报告年度。");
        }
        return year.getValue();
    }

    private MonthDay date() {
        try {
            return MonthDay.of(require(month), require(day));
        } catch (DateTimeException e) {
            Feedback.error("请填写有效的月和日，例如 1 月 15 日。");
            return null;
        }
    }

    private static int require(IntegerField field) {
        if (field.getValue() == null) {
            throw new DateTimeException(field.getLabel() + " 未填写");
        }
        return field.getValue();
    }

    private AgencyDueDate selected() {
        AgencyDueDate selected = agencies.asSingleSelect().getValue();
        if (selected == null) {
            Feedback.error("请先在列表中选择机关。");
        }
        return selected;
    }

    private void load() {
        List<AgencyDueDate> rows = year.getValue() == null ? List.of() : dueDates.belowMine(year.getValue());
        agencies.setItems(rows);
    }
}
