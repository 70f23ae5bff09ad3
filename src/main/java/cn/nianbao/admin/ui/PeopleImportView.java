package cn.nianbao.admin.ui;

import cn.nianbao.admin.ImportPreview;
import cn.nianbao.admin.ImportPreview.Problem;
import cn.nianbao.admin.PeopleImport;
import cn.nianbao.admin.PeopleImport.ImportResult;
import cn.nianbao.admin.PeopleTemplate;
import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.base.ui.ChineseI18n;
import cn.nianbao.base.ui.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * 从 Excel 导入机关和人员 (系统管理员): the template to download, the upload, a preview that names every problem by
 * sheet, row and column, and 确认导入 with one initial password once the file has none. Nothing is saved before.
 */
@Route("admin/users/import")
@PageTitle("导入机关和人员 · 年报")
@RolesAllowed(RoleNames.SYSTEM_ADMIN)
public class PeopleImportView extends VerticalLayout {

    static final String TOO_LARGE = "文件过大（最大 5 MB），请分成多个文件导入。";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleImport people;
    private final Paragraph summary = new Paragraph();
    private final Grid<Problem> problems = new Grid<>();
    private final PasswordField password = new PasswordField("初始密码");
    private final Button confirm = new Button("确认导入");
    private String fileName;
    private byte[] file;

    PeopleImportView(PeopleImport people) {
        this.people = people;
        setSizeFull();
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = PeopleTemplate.bytes();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), PeopleTemplate.FILE_NAME, XLSX, bytes.length);
                }),
                "下载导入模板（.xlsx）");
        template.setId("people-template");
        Upload upload = new Upload(this::received);
        upload.setId("people-upload");
        upload.setMaxFileSize(PeopleImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setI18n(chinese());
        upload.addFileRejectedListener(e -> Feedback.error("无法上传「" + e.getFileName() + "」：" + e.getErrorMessage()));
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(Problem::sheet).setHeader("工作表").setWidth("6em").setFlexGrow(0);
        problems.addColumn(Problem::row).setHeader("行").setWidth("5em").setFlexGrow(0);
        problems.addColumn(Problem::column).setHeader("列").setWidth("9em").setFlexGrow(0);
        problems.addColumn(Problem::message).setHeader("问题").setFlexGrow(1);
        // a problem is read whole: its message wraps instead of being cut off
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        setFlexGrow(1, problems);
        password.setId("import-password");
        password.setHelperText("所有导入的账号使用此密码，首次登录须修改");
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        HorizontalLayout confirmRow = new HorizontalLayout(password, confirm);
        confirmRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        showNothing();
        add(
                new H2("从 Excel 导入机关和人员"),
                new Paragraph("按模板填写「机关」和「人员」两张工作表后上传：先预览每一行的问题，确认导入时全部保存或全部不保存。" + "导入的账号没有角色，由安全管理员分配；每个文件最多 "
                        + PeopleImport.MAX_ROWS + " 行数据、5 MB。"),
                new HorizontalLayout(template, new RouterLink("返回用户管理", UsersView.class)),
                upload,
                summary,
                new Div(confirmRow),
                problems);
    }

    /** On the upload's request, outside the session lock; no more than the limit is ever read. */
    private void received(UploadEvent upload) throws IOException {
        UI ui = upload.getUI();
        String name = upload.getFileName();
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes(PeopleImport.MAX_BYTES + 1);
        }
        if (upload.getFileSize() > PeopleImport.MAX_BYTES || bytes.length > PeopleImport.MAX_BYTES) {
            upload.reject(TOO_LARGE);
            ui.access(() -> refused(name, TOO_LARGE));
            return;
        }
        try {
            ImportPreview preview = people.preview(name, bytes);
            ui.access(() -> show(name, bytes, preview));
        } catch (UserFacingException refused) {
            ui.access(() -> refused(name, refused.getMessage()));
        }
    }

    private void show(String name, byte[] bytes, ImportPreview preview) {
        fileName = name;
        file = bytes;
        int count = preview.problems().size();
        String creates = "将新建机关 " + preview.agencies().size() + " 个、账号 "
                + preview.people().size() + " 个"
                + (preview.skippedExamples() > 0 ? "（已跳过模板示例行 " + preview.skippedExamples() + " 行）" : "");
        summary.setText(
                count > 0
                        ? name + "：发现 " + count + " 处问题，改正后重新上传；在此之前不会保存任何数据。"
                        : name + "：没有发现问题，" + creates + "。"
                                + (preview.importable() ? "请设置初始密码后确认导入。" : "文件中没有要导入的数据。"));
        problems.setItems(preview.problems());
        problems.setVisible(count > 0);
        password.setVisible(preview.importable());
        confirm.setVisible(preview.importable());
    }

    private void refused(String name, String message) {
        showNothing();
        summary.setText("无法导入「" + name + "」：" + message);
        Feedback.error("无法导入「" + name + "」：" + message);
    }

    private void showNothing() {
        fileName = null;
        file = null;
        problems.setItems();
        problems.setVisible(false);
        password.setVisible(false);
        confirm.setVisible(false);
    }

    private void confirm() {
        if (file == null) {
            return;
        }
        String name = fileName;
        ImportResult[] result = new ImportResult[1];
        if (Feedback.run(() -> result[0] = people.importAll(name, file, password.getValue()))) {
            String done = "已导入「" + name + "」：新建机关 " + result[0].agencies() + " 个、账号 " + result[0].people()
                    + " 个。账号首次登录须修改密码；请安全管理员分配角色。";
            showNothing();
            password.clear();
            summary.setText(done);
            Feedback.success(done);
        }
    }

    private static UploadI18N chinese() {
        UploadI18N i18n = ChineseI18n.upload();
        i18n.getError()
                .setTooManyFiles("一次只能上传一个文件。")
                .setFileIsTooBig(TOO_LARGE)
                .setIncorrectFileType("只能导入 Excel 工作簿（.xlsx）文件，请使用下载的模板。");
        i18n.getUploading().getStatus().setProcessing("正在检查…");
        i18n.getUploading().getError().setFileTooLarge(TOO_LARGE);
        return i18n;
    }
}
