package cn.nianbao.desk.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.base.ui.Feedback;
import cn.nianbao.desk.Signatures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * 我的签名: a signer's own signature picture for the 签字 cells of the printed 审批表 and 签发单. Only its owner sees it
 * here; the service checks the file (PNG, size, dimensions) whatever the browser let through.
 */
@Route("signature")
@PageTitle("我的签名 · 年报")
@Menu(order = 9.5, title = "我的签名")
@RolesAllowed({RoleNames.SECRECY_REVIEWER, RoleNames.SUPERVISOR, RoleNames.LEAD})
public class SignatureView extends VerticalLayout {

    private final Signatures signatures;
    private final Div current = new Div();
    private final Upload upload = new Upload(this::uploaded);

    SignatureView(Signatures signatures) {
        this.signatures = signatures;
        current.setId("signature-current");
        upload.setId("signature-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Signatures.MAX_BYTES);
        upload.setAcceptedFileTypes(".png", "image/png");
        upload.setI18n(chinese());
        upload.addFileRejectedListener(e -> Feedback.error("无法上传「" + e.getFileName() + "」：" + e.getErrorMessage()));
        add(
                new H2("我的签名"),
                new Paragraph("上传的签名图片打印在保密审查审批表和签发单您签字的位置。请用白底黑字的 PNG 图片，"
                        + "200 KB 以内，宽 40 到 1200、高 16 到 600 像素。只有您本人能看到和更换。"),
                current,
                upload);
        show(signatures.mine());
    }

    /** Read on the upload's request; no more than the limit is read, whatever the browser's own check let through. */
    private void uploaded(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] png;
        try (InputStream in = event.getInputStream()) {
            png = in.readNBytes(Signatures.MAX_BYTES + 1);
        }
        try {
            signatures.upload(png);
            // read here, on the request that holds the person's login, not in the UI's access later
            Optional<byte[]> kept = signatures.mine();
            ui.access(() -> {
                Feedback.success("签名图片已保存。");
                show(kept);
                // one file at a time: the list is emptied so the next one can be chosen
                upload.clearFileList();
            });
        } catch (UserFacingException refused) {
            event.reject(refused.getMessage());
            ui.access(() -> {
                Feedback.error(refused.getMessage());
                upload.clearFileList();
            });
        }
    }

    private void show(Optional<byte[]> signature) {
        current.removeAll();
        signature.ifPresentOrElse(
                png -> {
                    Image picture = new Image(
                            DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                    new ByteArrayInputStream(png), "signature.png", "image/png", png.length)),
                            "我的签名");
                    picture.setId("signature-picture");
                    picture.setHeight("60px");
                    Button remove = new Button("删除签名图片", e -> {
                        if (Feedback.run(signatures::remove)) {
                            Feedback.success("签名图片已删除。");
                            show(Optional.empty());
                        }
                    });
                    remove.setId("signature-remove");
                    current.add(picture, new Div(remove));
                },
                () -> {
                    Paragraph none = new Paragraph("尚未上传签名图片：表上的签字处只印您的姓名。");
                    none.setId("signature-none");
                    current.add(none);
                });
    }

    private static UploadI18N chinese() {
        UploadI18N i18n = ChineseI18n.upload();
        i18n.getError()
                .setTooManyFiles("一次只能上传一个文件。")
                .setFileIsTooBig("签名图片须在 200 KB 以内。")
                .setIncorrectFileType("只能上传 PNG 图片。");
        return i18n;
    }
}
