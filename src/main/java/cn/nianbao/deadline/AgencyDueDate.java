package cn.nianbao.deadline;

import java.time.MonthDay;

/** An agency below a coordinator with its legal due date and the internal one set for it (null: none). */
public record AgencyDueDate(long agencyId, String agencyName, String kind, MonthDay legal, MonthDay internal) {

    /** 次年1月31日 */
    public static String label(MonthDay day) {
        return day == null ? "" : "次年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    public String legalLabel() {
        return label(legal);
    }

    /** 次年1月15日, or 「按法定日期」 */
    public String internalLabel() {
        return internal == null ? "按法定日期" : label(internal);
    }
}
