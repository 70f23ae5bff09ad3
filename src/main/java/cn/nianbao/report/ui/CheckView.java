package cn.nianbao.report.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.check.ReportChecks;
import cn.nianbao.report.check.ReportChecks.Checked;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.reading.FormatVersion;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.security.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 格式校验: any report, ours or another agency's, uploaded as a text, saved web page, Word file or PDF, or pasted, is
 * read and checked against the national format; the findings are listed, what was read is shown ({@link ReadPreview}
 * and the tables, cell by cell) and the findings marked on the tables. A handler can then import it, after a
 * confirmation, as their agency's report of that year (published elsewhere), the base of next year's cross-year
 * checks.
 */
@Route("check")
@PageTitle("格式校验 · 年报")
@Menu(order = 2, title = "格式校验")
@PermitAll
public class CheckView extends VerticalLayout {

    static final String WRONG_TYPE = "只能上传纯文本、网页、Word 或 PDF 文件（.txt、.html、.htm、.docx、.pdf）。";

    private final ReportChecks checks;
    private final ReportService reports;
    private final boolean handler;
    private final Div result = new Div();

    CheckView(ReportChecks checks, ReportService reports, CurrentActor currentActor) {
        this.checks = checks;
        this.reports = reports;
        this.handler = currentActor.require().has(Role.HANDLER);
        add(
                new H2("格式校验"),
                new Paragraph("上传已发布报告的纯文本、网页、Word 或 PDF 文件（.txt、.html、.docx、.pdf），或把全文粘贴到下面，"
                        + "按国家统一格式（国办公开办函〔2021〕30号）逐项校验勾稽关系、表格结构和固定标签。"
                        + "读到的章节和每个表格数字列在下方，核对后才可导入。"));
        Upload upload = new Upload(this::checkUpload);
        upload.setId("check-upload");
        upload.setMaxFileSize(ReportReader.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(
                ".txt",
                ".html",
                ".htm",
                ".docx",
                ".doc",
                ".pdf",
                "text/plain",
                "text/html",
                "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setI18n(chinese());
        // the browser refuses a file too large or of the wrong type before sending it; say so at once
        upload.addFileRejectedListener(e -> Feedback.error("无法上传「" + e.getFileName() + "」：" + e.getErrorMessage()));
        TextArea pasted = new TextArea("或粘贴报告全文");
        pasted.setId("check-text");
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        TextLimits.limit(pasted, ReportReader.MAX_BYTES, "粘贴的报告全文");
        Button checkPasted = new Button("校验粘贴的内容", e -> {
            try {
                TextLimits.require(pasted);
                show("粘贴的内容", checks.checkPasted(pasted.getValue()));
            } catch (IOException | UserFacingException failure) {
                refused(failure);
            }
        });
        checkPasted.setId("check-pasted");
        checkPasted.addThemeVariants(ButtonVariant.PRIMARY);
        result.setId("check-result");
        result.setWidthFull();
        add(upload, pasted, checkPasted, result);
    }

    /**
     * An uploaded file, read and checked on the upload's request, outside the session lock (so the person's screen
     * stays responsive meanwhile), and shown when done. The size is checked here too: the browser's check is only a
     * courtesy, and no more than the limit is ever read.
     */
    private void checkUpload(UploadEvent upload) throws IOException {
        UI ui = upload.getUI();
        String fileName = upload.getFileName();
        boolean document = fileName.toLowerCase(Locale.ROOT).matches(".*\\.(docx|doc|pdf)$");
        int limit = document ? ReportReader.MAX_DOCUMENT_BYTES : ReportReader.MAX_BYTES;
        String tooLarge = document ? ReportReader.DOCUMENT_TOO_LARGE : ReportReader.TOO_LARGE;
        if (upload.getFileSize() > limit) {
            upload.reject(tooLarge);
            ui.access(() -> Feedback.error("无法上传「" + fileName + "」：" + tooLarge));
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            upload.reject(tooLarge);
            ui.access(() -> Feedback.error("无法上传「" + fileName + "」：" + tooLarge));
            return;
        }
        try {
            Checked checked = checks.check(fileName, bytes);
            ui.access(() -> show(fileName, checked));
        } catch (IOException | UserFacingException failure) {
            ui.access(() -> refused(failure));
        }
    }

    private void refused(Exception failure) {
        result.removeAll();
        Feedback.error(failure instanceof UserFacingException ? failure.getMessage() : "无法读取：" + failure.getMessage());
    }

    private void show(String source, Checked checked) {
        result.removeAll();
        ReadReport report = checked.report();
        List<Finding> findings = checked.findings();
        String agency = report.agency().orElse("（未识别机关）");
        String year = report.year().isPresent() ? report.year().getAsInt() + "年" : "（未识别年度）";
        Paragraph summary = new Paragraph(
                source + "：" + agency + " " + year + "，格式 " + report.format().code()
                        + "；" + findings.stream().filter(Finding::isError).count() + " 处错误，"
                        + findings.stream().filter(f -> !f.isError()).count() + " 处警告。");
        summary.setId("check-summary");
        result.add(summary, new FindingsSummary(findings, false), new ReadPreview(report));
        importButton(report, findings, source).ifPresent(result::add);
        result.add(new ReportDocument(agency + year + "政府信息公开工作年度报告（校验结果）", report.content(), findings));
    }

    /** The shared Chinese texts, with this screen's own refusals (the size limit, the file types it reads). */
    private static UploadI18N chinese() {
        UploadI18N i18n = ChineseI18n.upload();
        i18n.getError()
                .setTooManyFiles("一次只能上传一个文件。")
                .setFileIsTooBig(ReportReader.DOCUMENT_TOO_LARGE)
                .setIncorrectFileType(WRONG_TYPE);
        i18n.getUploading().getStatus().setProcessing("正在校验…");
        i18n.getUploading().getError().setFileTooLarge(ReportReader.DOCUMENT_TOO_LARGE);
        return i18n;
    }

    /**
     * A handler may take a readable 2021-format report without errors as their agency's report of that year; the
     * button shows only for their own agency's report, and the service refuses another agency's all the same. The
     * button asks first: the import happens only when the handler confirms, having looked over what was read.
     */
    private Optional<Button> importButton(ReadReport report, List<Finding> findings, String source) {
        if (!handler
                || report.year().isEmpty()
                || report.agency().isEmpty()
                || report.format() != FormatVersion.F2021
                || findings.stream().anyMatch(Finding::isError)
                || !reports.mayImport(report.agency().get())) {
            return Optional.empty();
        }
        int year = report.year().getAsInt();
        Button button = new Button("导入为本机关 " + year + " 年度报告（已在别处发布）");
        button.setId("check-import");
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            ConfirmDialog confirm = ChineseI18n.confirmDialog(
                    "导入为本机关 " + year + " 年度报告",
                    "将导入读到的 " + report.structure().cellsRead().size() + " 个表格数字和 "
                            + report.structure().headings().size() + " 节正文。请确认已核对「读到的内容」和下方的表格。",
                    "确认导入");
            confirm.setId("check-import-confirm");
            confirm.setCancelable(true);
            confirm.addCancelListener(cancel -> button.setEnabled(true));
            confirm.addConfirmListener(ok -> {
                if (Feedback.run(
                        () -> reports.importPublished(year, report.agency().get(), report.content(), source))) {
                    Feedback.success("已导入为本机关 " + year + " 年度报告，下一年度的报告将与它对照校验。");
                } else {
                    button.setEnabled(true);
                }
            });
            confirm.open();
        });
        return Optional.of(button);
    }
}
