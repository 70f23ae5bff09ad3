package cn.nianbao.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
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

/** The drafter sees REPEAT while typing when a section copies last year's report, with the copied passages marked. */
class ReportEditorRepeatTest {

    private static final String LAST_YEAR_S5 =
            "2024年，我局政府信息公开工作还存在一些不足：一是政策解读形式较为单一，图解、视频等解读比例偏低；" + "二是依申请公开答复的规范性有待提高。下一步，我局将丰富解读形式，加强答复文书审核，组织业务培训2次。";

    private ReportEditor editor;

    @BeforeEach
    void openEditor() {
        MockVaadin.setup();
        ReportContent lastYear = new ReportContent(Map.of(Section.S5, LAST_YEAR_S5), ReportTables.empty());
        editor = new ReportEditor(new ReportContent(Map.of(), ReportTables.empty()), Optional.of(lastYear));
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void last_years_section_typed_again_with_this_years_figures_is_a_warning_marking_the_passage() {
        String typed = LAST_YEAR_S5.replace("2024", "2025").replace("2次", "4次");
        typeInto("section-S5", typed);

        assertThat(editor.findings())
                .filteredOn(f -> f.rule().equals("REPEAT"))
                .singleElement()
                .extracting(Finding::isError)
                .isEqualTo(false);
        ListItem repeat = _get(
                ListItem.class,
                spec -> spec.withText(
                        "警告：第五部分「存在的主要问题及改进情况」与上一年报告相同部分约占 100%（按连续8字片段计，不计年份、数字和标点），共 1 处与上一年相同，请按本年度的情况改写。"));
        assertThat(List.of("data-rule", "data-section", "data-start", "data-end", "data-passages"))
                .extracting(repeat.getElement()::getAttribute)
                .containsExactly("REPEAT", "S5", "0", String.valueOf(typed.length() - 1), "0-" + (typed.length() - 1));
    }

    @Test
    void a_section_written_anew_raises_no_repeat_and_a_draft_never_raises_numbering() {
        typeInto("section-S5", "本年度我局在政务公开方面的短板主要是基层站所公开目录更新滞后，已建立每月核对制度，由办公室逐项督办，" + "对逾期未更新的站所通报。");

        assertThat(editor.findings()).extracting(Finding::rule).doesNotContain("REPEAT", "NUMBERING");
        assertThat(_find(ListItem.class))
                .noneMatch(item -> "REPEAT".equals(item.getElement().getAttribute("data-rule")));
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
