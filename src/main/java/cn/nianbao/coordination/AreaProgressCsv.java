package cn.nianbao.coordination;

import cn.nianbao.base.ExcelCsv;
import java.util.Arrays;
import java.util.List;

/** 辖区进度 as a sheet for Excel: one line per agency, as the screen shows it, time in working days (and the calendar days overdue, labelled). */
public final class AreaProgressCsv {

    static final List<String> HEADER = List.of("机关", "类型", "当前环节", "截止日期", "剩余工作日", "逾期工作日", "逾期天数", "发布情况");

    private AreaProgressCsv() {}

    public static byte[] of(List<AgencyProgress> rows) {
        return ExcelCsv.of(
                HEADER,
                rows.stream()
                        .<List<?>>map(p -> Arrays.asList(
                                p.agencyName(),
                                p.kind().label(),
                                p.status(),
                                p.dueDate().toString(),
                                p.published() || p.overdue()
                                        ? ""
                                        : (Object) p.deadline().workingDaysLeft(),
                                p.overdue() ? (Object) p.deadline().workingDaysOverdue() : "",
                                p.overdue() ? (Object) p.deadline().daysOverdue() : "",
                                p.publicationStanding()))
                        .toList());
    }
}
