package cn.nianbao.desk;

import static cn.nianbao.support.TestPictures.picture;
import static cn.nianbao.support.TestPictures.png;
import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A signer's own signature picture: only a real PNG of a printable size, only their own, and on the forms they sign. */
@NianbaoTest
class SignaturesTest {

    @Autowired
    Signatures signatures;

    @Autowired
    ApprovalForms forms;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    Logins logins;

    @Test
    void a_leader_keeps_one_picture_of_their_own_and_a_bad_file_changes_nothing() {
        TestAgency agency = testAgencies.create();
        byte[] first = png(300, 100);
        logins.as(agency.lead(), () -> signatures.upload(first));

        logins.as(agency.lead(), () -> {
            assertThat(signatures.mine()).hasValue(first);
            refused(picture(300, 100, "jpg"), "只能上传 PNG 图片");
            byte[] broken = Arrays.copyOf(first, 40);
            refused(broken, "已损坏");
            refused(png(2000, 100), "40×16 到 1200×600 像素之间（当前 2000×100）");
            refused(Arrays.copyOf(first, Signatures.MAX_BYTES + 1), "200 KB 以内");
            assertThat(signatures.mine()).hasValue(first);
        });
        // another signer of the same agency sees only their own (none yet); a handler has none to keep
        logins.as(agency.supervisor(), () -> assertThat(signatures.mine()).isEmpty());
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> signatures.upload(first)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("只有保密审查员、分管领导和主要领导需要签名图片。");

        logins.as(agency.lead(), () -> signatures.remove());
        logins.as(agency.lead(), () -> assertThat(signatures.mine()).isEmpty());
    }

    @Test
    void the_sign_off_sheet_carries_the_signature_picture_of_whoever_signed() throws IOException {
        TestAgency agency = testAgencies.create();
        logins.as(agency.lead(), () -> signatures.upload(png(400, 120)));
        long reportId = journey.drafted(agency, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        byte[] unsigned = logins.as(agency.handler(), () -> forms.pdf(reportId, ApprovalForm.SIGN_OFF));
        journey.approveAll(agency, reportId);

        byte[] signed = logins.as(agency.handler(), () -> forms.pdf(reportId, ApprovalForm.SIGN_OFF));

        assertThat(images(unsigned)).isZero();
        assertThat(images(signed))
                .as("the lead's signature; the others uploaded none")
                .isOne();
    }

    private void refused(byte[] file, String message) {
        assertThatThrownBy(() -> signatures.upload(file))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(message);
    }

    private static int images(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int count = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }
}
