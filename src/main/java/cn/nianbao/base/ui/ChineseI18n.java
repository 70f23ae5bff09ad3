package cn.nianbao.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The Chinese texts of the Vaadin components that come with English ones (the date picker's months and buttons, the
 * upload's 「Upload Files...」 and 「Drop files here」, the login form, a confirm dialog's buttons), so that every
 * screen uses the same words. Set them wherever such a component is made.
 */
public final class ChineseI18n {

    private static final List<String> MONTHS =
            List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月");
    private static final List<String> WEEKDAYS = List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六");
    private static final List<String> WEEKDAYS_SHORT = List.of("日", "一", "二", "三", "四", "五", "六");

    private ChineseI18n() {}

    /** Dates as 2025-01-10, weeks from Monday, as Chinese calendars print them. */
    public static DatePicker.DatePickerI18n datePicker() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(MONTHS)
                .setWeekdays(WEEKDAYS)
                .setWeekdaysShort(WEEKDAYS_SHORT)
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday("今天")
                .setCancel("取消")
                .setBadInputErrorMessage("日期格式不正确，请按 2025-01-10 的格式填写。")
                .setRequiredErrorMessage("请选择日期。")
                .setMinErrorMessage("日期过早。")
                .setMaxErrorMessage("日期过晚。");
    }

    public static DatePicker apply(DatePicker picker) {
        picker.setI18n(datePicker());
        return picker;
    }

    public static DateTimePicker apply(DateTimePicker picker) {
        picker.setDatePickerI18n(datePicker());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel("日期")
                .setTimeLabel("时间")
                .setBadInputErrorMessage("日期或时间格式不正确。")
                .setIncompleteInputErrorMessage("请同时填写日期和时间。")
                .setRequiredErrorMessage("请选择日期和时间。")
                .setMinErrorMessage("时间过早。")
                .setMaxErrorMessage("时间过晚。"));
        return picker;
    }

    /** The upload's texts; a screen adds its own error texts (what is too large, which types it takes). */
    public static UploadI18N upload() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("把文件拖到这里").setMany("把文件拖到这里"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles("上传的文件过多。")
                .setFileIsTooBig("文件过大。")
                .setIncorrectFileType("不支持这种文件类型。"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting("正在连接…")
                        .setStalled("上传停滞")
                        .setProcessing("正在处理…")
                        .setHeld("等待上传"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix("剩余时间：")
                        .setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable("上传失败，请稍后再试。")
                        .setUnexpectedServerError("上传失败：服务器出错。")
                        .setForbidden("上传被拒绝。")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    /** The login form's texts with the given error; the caller names the title and the message of a refusal. */
    public static LoginI18n login(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle("年报");
        i18n.getHeader().setDescription("政府信息公开工作年度报告");
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("登录");
        form.setUsername("用户名");
        form.setPassword("密码");
        form.setSubmit("登录");
        form.setForgotPassword("忘记密码");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    /** A confirm dialog whose buttons read 确定/取消/否 (or the given confirm text) instead of Confirm/Cancel/Reject. */
    public static ConfirmDialog confirmDialog(String header, String text, String confirmText) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        return apply(dialog, confirmText);
    }

    public static ConfirmDialog apply(ConfirmDialog dialog, String confirmText) {
        dialog.setConfirmText(confirmText == null || confirmText.isBlank() ? "确定" : confirmText);
        dialog.setCancelText("取消");
        dialog.setRejectText("否");
        return dialog;
    }
}
