package cn.nianbao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import org.junit.jupiter.api.Test;

/** An invalid figure says why under its cell (one line, cut by CSS, so the row stays low) and in full as the tooltip. */
class FigureCellMessageTest {

    @Test
    void an_invalid_cell_shows_its_message_under_it_with_the_full_text_as_its_tooltip() {
        FigureCell cell = new FigureCell(Cells.t3(T3Row.NEW, T3Column.NP));
        cell.show("十二件");

        String html = FigureTable.input(cell);

        assertThat(cell.getMessage()).startsWith("请输入数字");
        assertThat(html)
                .contains("<span class=\"cell-message\" title=\"" + cell.getMessage() + "\">" + cell.getMessage()
                        + "</span>");
    }

    @Test
    void a_valid_cell_has_no_message_and_no_tooltip_under_it() {
        FigureCell cell = new FigureCell(Cells.t3(T3Row.NEW, T3Column.NP));
        cell.show("12");

        assertThat(FigureTable.input(cell)).contains("<span class=\"cell-message\"></span>");
    }
}
