package cn.nianbao.desk.ui;

import static cn.nianbao.support.TestPictures.picture;
import static cn.nianbao.support.TestPictures.png;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.Signatures;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 我的签名: a leader uploads a PNG and sees it; a JPEG is refused in Chinese and the picture kept; removing it. */
class SignatureScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    Signatures signatures;

    @Test
    void a_leader_uploads_sees_and_removes_their_signature_and_a_wrong_file_changes_nothing() {
        TestAgency agency = testAgencies.create();
        login(agency.lead());
        UI.getCurrent().navigate(SignatureView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("signature-none")).getText())
                .startsWith("尚未上传签名图片");
        Upload upload = _get(Upload.class, spec -> spec.withId("signature-upload"));

        byte[] mine = png(300, 90);
        UploadKt._upload(upload, "签名.png", "image/png", mine);
        assertThat(notifications()).contains("签名图片已保存。");
        assertThat(_find(Image.class, spec -> spec.withId("signature-picture"))).hasSize(1);

        assertThat(upload.getElement().getProperty("files"))
                .as("the list emptied for the next file")
                .isNull();
        UploadKt._upload(upload, "签名.png", "image/png", picture(300, 90, "jpg"));
        assertThat(notifications()).anyMatch(n -> n.startsWith("只能上传 PNG 图片"));
        assertThat(logins.as(agency.lead(), () -> signatures.mine())).hasValue(mine);

        _click(_get(Button.class, spec -> spec.withId("signature-remove")));
        assertThat(notifications()).contains("签名图片已删除。");
        assertThat(_find(Image.class, spec -> spec.withId("signature-picture"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("signature-none")))
                .hasSize(1);
    }
}
