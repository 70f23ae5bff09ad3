package cn.nianbao.report.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.reading.FormatVersion;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.security.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * 格式校验: any report, ours or another agency's, uploaded as a text or saved web page or pasted, is read and checked
 * against the national format; the findings are listed and marked on the tables. A handler can then import it as
 * their agency's report of that year (published elsewhere), the base of next year's cross-year checks.
 */
@Route("check")
@PageTitle("格式校验 · 年报")
@Menu(order = 2, title = "格式校验")
@PermitAll
public class CheckView extends VerticalLayout {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ReportReader reader = new ReportReader();
    private final FullCheck check = new FullCheck();
    private final ReportService reports;
    private final boolean handler;
    private final Div result = new Div();

    CheckView(ReportService reports, CurrentActor currentActor) {
        this.reports = reports;
        this.handler = currentActor.require().has(Role.HANDLER);
        add(new H2("格式校验"), new Paragraph("上传已发布报告的纯文本或网页文件（.txt、.html），或把全文粘贴到下面，"
                + "按国家统一格式（国办公开办函〔2021〕30号）逐项校验勾稽关系、表格结构和固定标签。"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> show(metadata.fileName(), () -> reader.read(metadata.fileName(), bytes)));
        }));
        upload.setId("check-upload");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", "text/plain", "text/html");
        TextArea pasted = new TextArea("或粘贴报告全文");
        pasted.setId("check-text");
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        TextLimits.limit(pasted, MAX_BYTES, "粘贴的报告全文");
        Button checkPasted = new Button("校验粘贴的内容", e -> {
            if (Feedback.run(() -> TextLimits.require(pasted))) {
                show("粘贴的内容", () -> pasted.getValue().stripLeading().startsWith("<")
                        ? reader.readHtml(pasted.getValue()) : reader.readText(pasted.getValue()));
            }
        });
        checkPasted.setId("check-pasted");
        checkPasted.addThemeVariants(ButtonVariant.PRIMARY);
        result.setId("check-result");
        result.setWidthFull();
        add(upload, pasted, checkPasted, result);
    }

    private interface Reading {
        ReadReport read() throws IOException;
    }

    private void show(String source, Reading reading) {
        result.removeAll();
        ReadReport report;
        try {
            report = reading.read();
        } catch (IOException e) {
            Feedback.error("无法读取：" + e.getMessage());
            return;
        }
        List<Finding> findings = check.check(report.subject(), Optional.empty());
        String agency = report.agency().orElse("（未识别机关）");
        String year = report.year().isPresent() ? report.year().getAsInt() + "年" : "（未识别年度）";
        Paragraph summary = new Paragraph(source + "：" + agency + " " + year + "，格式 " + report.format().code()
                + "；" + findings.stream().filter(Finding::isError).count() + " 处错误，"
                + findings.stream().filter(f -> !f.isError()).count() + " 处警告。");
        summary.setId("check-summary");
        result.add(summary, new FindingsSummary(findings));
        importButton(report, findings, source).ifPresent(result::add);
        result.add(new ReportDocument(agency + year + "政府信息公开工作年度报告（校验结果）", report.content(), findings));
    }

    /**
     * A handler may take a readable 2021-format report without errors as their agency's report of that year; the
     * service refuses another agency's report.
     */
    private Optional<Button> importButton(ReadReport report, List<Finding> findings, String source) {
        if (!handler || report.year().isEmpty() || report.agency().isEmpty()
                || report.format() != FormatVersion.F2021 || findings.stream().anyMatch(Finding::isError)) {
            return Optional.empty();
        }
        int year = report.year().getAsInt();
        Button button = new Button("导入为本机关 " + year + " 年度报告（已在别处发布）");
        button.setId("check-import");
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            if (Feedback.run(() -> reports.importPublished(year, report.agency().get(), report.content(), source))) {
                Feedback.success("已导入为本机关 " + year + " 年度报告，下一年度的报告将与它对照校验。");
            } else {
                button.setEnabled(true);
            }
        });
        return Optional.of(button);
    }
}
