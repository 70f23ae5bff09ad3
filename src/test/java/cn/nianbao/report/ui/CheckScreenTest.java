package cn.nianbao.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.reading.ReportReader;
import cn.nianbao.report.format.reading.Samples;
import cn.nianbao.workflow.ReportWorkflow;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 格式校验: a pasted or uploaded report is checked in the screen, a refused file says why at once, and a handler
 * imports their agency's earlier report.
 */
class CheckScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Test
    void a_pasted_report_is_checked_and_its_broken_structure_listed() throws IOException {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);

        type(_get(TextArea.class, spec -> spec.withId("check-text")), sample("wenxian_kejiju_2025.txt"));
        _click(_get(Button.class, spec -> spec.withId("check-pasted")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("check-summary")).getText())
                .contains("温县科学技术局")
                .contains("2025年")
                .contains("13 处错误");
        assertThat(_find(ListItem.class))
                .extracting(item -> item.getElement().getAttribute("data-rule"))
                .contains("SHAPE", "LABEL");
        assertThat(_find(Button.class, spec -> spec.withId("check-import"))).isEmpty();
    }

    /** The browser used to cut a longer paste at the limit and check what was left as if it were the report. */
    @Test
    void a_paste_longer_than_can_be_checked_is_kept_whole_and_not_checked() {
        login(testAgencies.create().handler());
        UI.getCurrent().navigate(CheckView.class);
        TextArea pasted = _get(TextArea.class, spec -> spec.withId("check-text"));
        String text = "年".repeat(ReportReader.MAX_BYTES + 1);

        type(pasted, text);
        _click(_get(Button.class, spec -> spec.withId("check-pasted")));

        assertThat(pasted.isInvalid()).isTrue();
        assertThat(pasted.getErrorMessage()).startsWith("已超过 5,242,880 字（当前 5,242,881 字）");
        assertThat(notifications()).anySatisfy(message -> assertThat(message).startsWith("「粘贴的报告全文」已超过"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("check-summary"))).isEmpty();
        assertThat(pasted.getValue()).isEqualTo(text);
    }

    @Test
    void a_handler_imports_their_agencys_published_report_and_next_year_starts_from_it() throws IOException {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);
        String ours = sample("huaian_shi_renmin_zhengfu_2024.txt").replace("淮安市人民政府", agency.name());

        type(_get(TextArea.class, spec -> spec.withId("check-text")), ours);
        _click(_get(Button.class, spec -> spec.withId("check-pasted")));
        _click(_get(Button.class, spec -> spec.withId("check-import")));
        assertThat(reports.readableReports())
                .as("nothing is imported before the handler confirms")
                .isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("check-import-confirm")));

        ReportSummary imported = reports.readableReports().stream()
                .filter(r -> r.year() == 2024)
                .findFirst()
                .orElseThrow();
        assertThat(imported.stage()).isEqualTo(ReportStage.IMPORTED);
        var content = reports.view(imported.id()).content();
        assertThat(content.tables().t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(3119);

        long next = workflow.startReport(2025);
        assertThat(reports.view(next).content().tables().t3(T3Row.CARRY_IN, T3Column.TOTAL))
                .isEqualTo(content.tables().t3(T3Row.CARRY_OUT, T3Column.TOTAL));
    }

    @Test
    void another_agencys_report_is_not_offered_for_import_and_the_service_refuses_it() throws IOException {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);
        String theirs = sample("huaian_shi_renmin_zhengfu_2024.txt");

        type(_get(TextArea.class, spec -> spec.withId("check-text")), theirs);
        _click(_get(Button.class, spec -> spec.withId("check-pasted")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("check-summary")).getText())
                .contains("淮安市人民政府");
        assertThat(_find(Button.class, spec -> spec.withId("check-import"))).isEmpty();
        var content = new ReportContent(Map.of(Section.S1, "2024年度总体情况。"), new ReportTables(Map.of()));
        assertThatThrownBy(() -> reports.importPublished(2024, "淮安市人民政府", content, "粘贴的内容"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("不是本机关");
        assertThat(reports.readableReports()).isEmpty();
    }

    @Test
    void an_uploaded_file_is_checked_and_a_refused_upload_says_why_at_once() throws IOException {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("check-upload"));

        UploadKt._upload(
                upload,
                "wenxian.txt",
                "text/plain",
                sample("wenxian_kejiju_2025.txt").getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-summary")).getText())
                .startsWith("wenxian.txt：温县科学技术局")
                .contains("13 处错误");
        assertThat(_get(Div.class, spec -> spec.withId("findings-summary"))
                        .getElement()
                        .getTextRecursively())
                .as("an uploaded file has no 办理记录")
                .contains("13 处错误")
                .doesNotContain("办理记录");

        // what the browser sends when it refuses a file itself: the text of the widget's Chinese i18n
        ComponentUtil.fireEvent(
                upload,
                new FileRejectedEvent(upload, upload.getI18n().getError().getFileIsTooBig(), "big.txt"));
        ComponentUtil.fireEvent(
                upload,
                new FileRejectedEvent(upload, upload.getI18n().getError().getIncorrectFileType(), "report.exe"));
        assertThat(notifications())
                .contains(
                        "无法上传「big.txt」：文件过大（Word 和 PDF 文件最大 20 MB）。",
                        "无法上传「report.exe」：只能上传纯文本、网页、Word 或 PDF 文件（.txt、.html、.htm、.docx、.pdf）。");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload.getMaxFileSize()).isEqualTo(ReportReader.MAX_DOCUMENT_BYTES);
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", ".docx", "application/pdf");
    }

    @Test
    void a_file_that_the_browser_let_through_is_refused_on_the_server_by_its_size_and_its_content() throws IOException {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("check-upload"));

        UploadKt._upload(upload, "big.txt", "text/plain", new byte[ReportReader.MAX_BYTES + 1]);
        UploadKt._upload(upload, "bomb.html", "text/html", Samples.tableBomb().getBytes(StandardCharsets.UTF_8));
        UploadKt._upload(upload, "empty.txt", "text/plain", " \n".getBytes(StandardCharsets.UTF_8));

        assertThat(notifications())
                .contains(
                        "无法上传「big.txt」：文件过大（最大 5 MB）。",
                        "无法读取：文件过于复杂：一个表格超过 10000 个单元格（合并单元格按所占的格数计）。",
                        "无法读取：文件是空的，没有可以校验的文字。");
        assertThat(_find(Paragraph.class, spec -> spec.withId("check-summary"))).isEmpty();
    }

    private static String sample(String name) throws IOException {
        try (var in = CheckScreenTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
