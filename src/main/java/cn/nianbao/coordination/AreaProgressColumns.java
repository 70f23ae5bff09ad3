package cn.nianbao.coordination;

import cn.nianbao.base.ExcelCsv;
import java.util.Arrays;
import java.util.List;

/**
 * 辖区进度's columns as the exports write them, one line per agency as the screen shows it: time in working days,
 * the calendar days overdue labelled beside them. The CSV and the workbook both take them from here.
 */
final class AreaProgressColumns {

    static final List<String> HEADER =
            List.of("机关", "类型", "当前环节", "办理人（自）", "截止日期", "剩余工作日", "逾期工作日", "逾期天数", "发布情况", "更正发布日期");

    private AreaProgressColumns() {}

    /** The values of one line: text, a date's ISO text, or a number (left empty where it does not apply). */
    static List<?> values(AgencyProgress p) {
        return Arrays.asList(
                p.agencyName(),
                p.kind().label(),
                p.status(),
                p.holding(),
                p.dueDate().toString(),
                p.published() || p.overdue() ? "" : (Object) p.deadline().workingDaysLeft(),
                p.overdue() ? (Object) p.deadline().workingDaysOverdue() : "",
                p.overdue() ? (Object) p.deadline().daysOverdue() : "",
                p.publicationStanding(),
                p.correctionsPublished());
    }

    static byte[] csv(List<AgencyProgress> rows) {
        return ExcelCsv.of(
                HEADER, rows.stream().<List<?>>map(AreaProgressColumns::values).toList());
    }
}
