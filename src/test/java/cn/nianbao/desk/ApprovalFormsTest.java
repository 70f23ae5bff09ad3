package cn.nianbao.desk;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 签发单 and 审批表 read back from the PDF: who said what and when, on one A4 page however long the opinions. */
@NianbaoTest
class ApprovalFormsTest {

    @Autowired
    ApprovalForms forms;

    @Autowired
    ReportJourney journey;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void the_sign_off_sheet_holds_each_steps_opinion_name_and_date_on_one_page() throws IOException {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        approve(agency.secrecy(), reportId, "经审查，不涉及国家秘密，同意公开。");
        approve(agency.supervisor(), reportId, "同意，请主要领导签发。");

        String halfway = text(logins.as(agency.handler(), () -> forms.pdf(reportId, ApprovalForm.SIGN_OFF)), 1);
        assertThat(halfway)
                .contains("政府信息公开工作年度报告签发单")
                .contains(agency.name() + "2025年政府信息公开工作年度报告")
                .contains("保密审查意见")
                .contains("经审查，不涉及国家秘密，同意公开。")
                .containsPattern("签字：保密\\d+")
                .containsPattern("日期\\s*\\d{4}年\\d{1,2}月\\d{1,2}日")
                .contains("同意，请主要领导签发。")
                .contains("（尚未办理）");

        approve(agency.lead(), reportId, "同意发布。");
        String signed = text(logins.as(agency.lead(), () -> forms.pdf(reportId, ApprovalForm.SECRECY_REVIEW)), 1);
        assertThat(signed)
                .contains("政府信息公开保密审查审批表")
                .contains("主要领导签发意见")
                .contains("同意发布。")
                .containsPattern("签字：主要\\d+")
                .containsPattern("拟稿人\\s*经办\\d+")
                .doesNotContain("（尚未办理）");
    }

    @Test
    void the_longest_opinions_allowed_still_fit_one_page_and_say_where_the_whole_text_is() throws IOException {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        String longest = "经逐项核对，".repeat(2000 / 6) + "同意。";
        approve(agency.secrecy(), reportId, longest.substring(0, 2000));
        approve(agency.supervisor(), reportId, longest.substring(0, 2000));
        approve(agency.lead(), reportId, longest.substring(0, 2000));

        String text = text(logins.as(agency.handler(), () -> forms.pdf(reportId, ApprovalForm.SIGN_OFF)), 1);

        assertThat(text.replaceAll("\\R", "").split("意见全文 2000 字，见系统办理记录", -1)).hasSize(4);
    }

    @Test
    void a_person_who_may_not_read_the_report_gets_no_form() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        TestAgency other = testAgencies.create();

        assertThatThrownBy(() -> logins.as(other.lead(), () -> forms.pdf(reportId, ApprovalForm.SIGN_OFF)))
                .isInstanceOf(ReportNotFoundException.class);
    }

    private void approve(String reviewer, long reportId, String opinion) {
        logins.as(
                reviewer,
                () -> workflow.approve(journey.taskOf(reviewer, reportId).taskId(), opinion));
    }

    /** The text of a PDF that has exactly {@code pages} pages. */
    private static String text(byte[] pdf, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            return new PDFTextStripper().getText(document);
        }
    }
}
