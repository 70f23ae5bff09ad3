package cn.nianbao.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drafter sees PRIVACY and SECRET-MARK as warnings while typing, each saying where in the text it stands. */
class ReportEditorConfidentialityTest {

    private ReportEditor editor;

    @BeforeEach
    void openEditor() {
        MockVaadin.setup();
        editor = new ReportEditor(new ReportContent(Map.of(), ReportTables.empty()), Optional.empty());
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void typing_a_phone_number_or_a_marking_shows_a_warning_placed_on_the_text_and_masked() {
        typeInto("section-S5", "申请人张三，电话13812345678。\n内部资料");

        assertThat(editor.findings())
                .filteredOn(f -> f.rule().equals("PRIVACY") || f.rule().equals("SECRET-MARK"))
                .allMatch(f -> !f.isError())
                .extracting(Finding::rule)
                .containsExactly("PRIVACY", "PRIVACY", "SECRET-MARK");
        ListItem phone = _get(
                ListItem.class,
                spec -> spec.withText("警告：正文「五、存在的主要问题及改进情况」第 9 字处有手机号码“138****5678”，属于个人信息，公开前请删除或隐去。"));
        assertThat(List.of("data-rule", "data-section", "data-start", "data-end"))
                .extracting(phone.getElement()::getAttribute)
                .containsExactly("PRIVACY", "S5", "8", "19");
    }

    /** A change as the browser makes it, so that the editor reacts as to typing. */
    private static void typeInto(String id, String text) {
        TextArea area = _get(TextArea.class, spec -> spec.withId(id));
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(area, text, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
