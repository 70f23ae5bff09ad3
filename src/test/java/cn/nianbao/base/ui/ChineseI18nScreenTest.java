package cn.nianbao.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.audit.ui.AuditView;
import cn.nianbao.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginForm;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** No English word is left in the texts of the Vaadin components the screens use. */
class ChineseI18nScreenTest extends UiTest {

    /** Two Latin letters in a row: an English word (「2025-01-10」 and 「SM3」-like codes aside, none is expected). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");

    private static final Pattern JSON_TEXT = Pattern.compile(":\\s*\"([^\"]*)\"");

    /** Not words but formats and unit symbols. */
    private static final Set<String> NOT_TEXT =
            Set.of("getDateFormat", "getDateFormats", "getUnits", "getReferenceDate");

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_login_form_has_no_english_label() {
        UI.getCurrent().navigate(LoginView.class);

        // the form keeps its texts only as the element's JSON property
        String json = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        List<String> texts =
                JSON_TEXT.matcher(json).results().map(m -> m.group(1)).toList();

        assertThat(texts)
                .contains("用户名", "密码", "登录")
                .noneMatch(t -> ENGLISH.matcher(t).find());
    }

    @Test
    void the_audit_screens_date_time_pickers_have_no_english_label() {
        login(auditor());
        UI.getCurrent().navigate(AuditView.class);

        for (String id : List.of("audit-from", "audit-to")) {
            DateTimePicker picker = _get(DateTimePicker.class, spec -> spec.withId(id));
            List<String> texts = texts(picker.getDatePickerI18n());
            texts.addAll(texts(picker.getI18n()));
            assertThat(texts)
                    .contains("今天", "取消", "一月", "日期", "时间")
                    .noneMatch(t -> ENGLISH.matcher(t).find());
            assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        }
    }

    @Test
    void the_shared_upload_texts_have_no_english_label() {
        List<String> texts = texts(ChineseI18n.upload());

        assertThat(texts)
                .contains("把文件拖到这里", "选择文件…")
                .noneMatch(t -> ENGLISH.matcher(t).find());
    }

    @Test
    void a_lost_connection_is_announced_in_chinese() {
        var texts = UI.getCurrent().getReconnectDialogConfiguration();

        assertThat(texts.getDialogText()).isEqualTo("与服务器的连接已中断，正在重新连接…");
        assertThat(texts.getDialogTextGaveUp()).isEqualTo("无法连接服务器。请检查网络，然后刷新页面。");
        assertThat(ENGLISH.matcher(texts.getDialogText() + texts.getDialogTextGaveUp())
                        .find())
                .isFalse();
    }

    @Test
    void a_confirm_dialogs_buttons_are_in_chinese() {
        ConfirmDialog dialog = ChineseI18n.confirmDialog("停用账号", "确定停用吗？", "停用");

        assertThat(List.of("confirmText", "cancelText", "rejectText"))
                .extracting(property -> dialog.getElement().getProperty(property))
                .containsExactly("停用", "取消", "否");
        assertThat(ChineseI18n.confirmDialog("删除", "确定删除吗？", null).getElement().getProperty("confirmText"))
                .isEqualTo("确定");
    }

    /** Every text an i18n object holds, through its getters, nested objects included. */
    private static List<String> texts(Object i18n) {
        List<String> texts = new ArrayList<>();
        collect(i18n, texts, 0);
        return texts;
    }

    private static void collect(Object value, List<String> texts, int depth) {
        if (value == null || depth > 5) {
            return;
        }
        if (value instanceof String text) {
            texts.add(text);
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, texts, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("com.vaadin.flow.component")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() == 0
                    && getter.getName().startsWith("get")
                    && !getter.getName().equals("getClass")
                    && !Modifier.isStatic(getter.getModifiers())
                    && !NOT_TEXT.contains(getter.getName())) {
                try {
                    collect(getter.invoke(value), texts, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private String auditor() {
        String code = "i18n-" + System.nanoTime();
        Agency agency = agencies.save(new Agency(code, "界面文字测试" + code));
        users.save(new AppUser(
                code, "审计员", passwordEncoder.encode(TestAgencies.PASSWORD), agency, Set.of(Role.AUDIT_ADMIN)));
        return code;
    }
}
