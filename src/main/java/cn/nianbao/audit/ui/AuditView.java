package cn.nianbao.audit.ui;

import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.AuditLog;
import cn.nianbao.audit.AuditSearch;
import cn.nianbao.audit.AuditWording;
import cn.nianbao.audit.ChainVerification;
import cn.nianbao.base.ui.ChineseI18n;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 审计日志, for the 审计管理员 only (the route, and {@link AuditLog} again on the server): search by user, action,
 * target and time, page through the result, export it as CSV and verify the hash chain.
 */
@Route("audit")
@PageTitle("审计日志 · 年报")
@Menu(order = 20, title = "审计日志")
@RolesAllowed("AUDIT_ADMIN")
public class AuditView extends VerticalLayout {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditLog log;
    private final AuditWords words;
    private final TextField user = new TextField("用户");
    private final ComboBox<AuditAction> action = new ComboBox<>("操作");
    private final TextField target = new TextField("对象");
    private final DateTimePicker from = new DateTimePicker("起");
    private final DateTimePicker to = new DateTimePicker("止");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph verification = new Paragraph();
    private volatile AuditSearch searched = AuditSearch.ALL;

    AuditView(AuditLog log, ObjectProvider<AuditWording> wordings) {
        this.log = log;
        this.words = new AuditWords(wordings.orderedStream().toList());
        setSizeFull();
        add(new H2("审计日志"), filters(), toolbar(), verification, grid);
        configureGrid();
        search();
    }

    private HorizontalLayout filters() {
        user.setId("audit-user");
        user.setPlaceholder("用户名或姓名");
        action.setId("audit-action");
        action.setItems(log.actions());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        target.setId("audit-target");
        target.setPlaceholder("如 报告 12、用户 zhangsan");
        from.setId("audit-from");
        to.setId("audit-to");
        ChineseI18n.apply(from);
        ChineseI18n.apply(to);
        HorizontalLayout filters = new HorizontalLayout(user, action, target, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private HorizontalLayout toolbar() {
        Button search = new Button("查询", e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        Button exportButton = new Button("导出 CSV");
        exportButton.setTabIndex(-1);
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = log.exportCsv(searched);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "审计日志.csv", "text/csv;charset=UTF-8", csv.length);
                }),
                "");
        // a link styled as the buttons beside it, so that it sits in line with them
        export.add(exportButton);
        export.setId("audit-export");
        Button verify = new Button("校验", e -> showVerification(log.verify()));
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        HorizontalLayout toolbar = new HorizontalLayout(search, export, verify);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("audit-entries");
        grid.addColumn(AuditEntry::seq).setHeader("序号").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::chinaTime).setHeader("时间").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actorName() + "（" + e.actorUsername() + "）").setHeader("用户");
        grid.addColumn(AuditEntry::clientIp).setHeader("来源地址");
        grid.addColumn(AuditEntry::actionLabel).setHeader("操作");
        grid.addColumn(words::target).setHeader("对象").setKey("target").setFlexGrow(2);
        grid.addColumn(words::summary)
                .setHeader("详情（点击查看全部）")
                .setKey("detail")
                .setFlexGrow(3)
                .setTooltipGenerator(words::summary);
        grid.addItemClickListener(click -> new AuditEntryDialog(click.getItem(), words).open());
        grid.setSizeFull();
    }

    private void search() {
        Instant start = instant(from.getValue());
        Instant end = instant(to.getValue());
        if (start != null && end != null && !start.isBefore(end)) {
            to.setInvalid(true);
            to.setErrorMessage("结束时间须晚于开始时间");
            return;
        }
        to.setInvalid(false);
        AuditAction chosen = action.getValue();
        searched =
                new AuditSearch(user.getValue(), chosen == null ? null : chosen.code(), target.getValue(), start, end);
        AuditSearch criteria = searched;
        grid.setItems(
                query -> words.learn(log.search(criteria, query.getOffset(), query.getLimit())).stream(),
                query -> log.count(criteria));
    }

    private void showVerification(ChainVerification result) {
        verification.setText(result.summary());
        verification
                .getStyle()
                .set("color", result.isIntact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private static Instant instant(LocalDateTime chinaTime) {
        return chinaTime == null ? null : chinaTime.atZone(CHINA).toInstant();
    }
}
