package cn.nianbao.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportSummary;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.Samples;
import cn.nianbao.report.ui.CheckView;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 格式校验 with last year's report as the PDF the portal published: the screen shows what was read (the six headings
 * as written, the cells read per table, every figure in the official tables) and imports it only when the handler
 * confirms.
 */
class CheckPdfImportScreenTest extends UiTest {

    private static final Instant PUBLISHED = Instant.parse("2025-01-20T02:00:00Z");

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportService reports;

    @Autowired
    ReportPdf pdf;

    @Test
    void an_uploaded_pdf_is_previewed_cell_by_cell_and_imported_only_after_the_confirmation() {
        TestAgency agency = testAgencies.create();
        login(agency.handler());
        UI.getCurrent().navigate(CheckView.class);
        ReadReport sample = Samples.read(Samples.HUAIAN_2024);
        byte[] published = publishedPdf(agency.name(), sample.content());

        UploadKt._upload(
                _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("check-upload")),
                "2024年报.pdf",
                "application/pdf",
                published);

        assertThat(_get(Paragraph.class, spec -> spec.withId("check-summary")).getText())
                .startsWith("2024年报.pdf：" + agency.name() + " 2024年，格式 2021");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("check-read-headings"))
                        .getChildren()
                        .map(item -> ((ListItem) item).getText()))
                .containsExactly(
                        "✓ 一、总体情况",
                        "✓ 二、主动公开政府信息情况",
                        "✓ 三、收到和处理政府信息公开申请情况",
                        "✓ 四、政府信息公开行政复议、行政诉讼情况",
                        "✓ 五、存在的主要问题及改进情况",
                        "✓ 六、其他需要报告的事项");
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-read-cells"))
                        .getText())
                .startsWith("表格读到的数字：表二 ");
        String tables = _find(Div.class, spec -> spec.withClasses("table-scroll")).stream()
                .map(d -> d.getElement().getProperty("innerHTML"))
                .reduce("", String::concat);
        assertThat(tables).contains("<td data-cell=\"t3.new.total\">3119</td>", "data-cell=\"t4.review.total\"");

        _click(_get(Button.class, spec -> spec.withId("check-import")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("check-import-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("将导入读到的 ");
        assertThat(reports.readableReports())
                .as("not imported before the confirmation")
                .isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        ReportSummary imported = reports.readableReports().stream()
                .filter(r -> r.year() == 2024)
                .findFirst()
                .orElseThrow();
        assertThat(imported.stage()).isEqualTo(ReportStage.IMPORTED);
        ReportContent content = reports.view(imported.id()).content();
        assertThat(content.tables().t3(T3Row.NEW, T3Column.TOTAL)).isEqualTo(3119);
        assertThat(content.tables().values().keySet())
                .isEqualTo(sample.content().tables().values().keySet());
        sample.content()
                .tables()
                .values()
                .forEach((cell, value) ->
                        assertThat(content.tables().values().get(cell)).as(cell).isEqualByComparingTo(value));
    }

    private byte[] publishedPdf(String agencyName, ReportContent content) {
        ReportView view = new ReportView(1, 1, agencyName, 2024, ReportStage.PUBLISHED, 7, PUBLISHED, content);
        return pdf.render(
                new PublishedReport(1, 1, agencyName, 2024, view.title(), PUBLISHED, 1), StandardLayout.of(view));
    }
}
