package cn.nianbao.deadline;

import cn.nianbao.base.ChinaTime;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** A day of the calendar that is not what its weekday says: a holiday (放假) or a weekend worked (上班, 调休). */
public record CalendarEntry(LocalDate date, boolean working, String note) {

    public static final String DAY_OFF = "放假";
    public static final String WORKING = "上班";

    /** 放假 / 上班 */
    public String kind() {
        return working ? WORKING : DAY_OFF;
    }

    /** 2027年1月1日（星期五） */
    public String dateLabel() {
        return ChinaTime.DATE.format(date) + "（" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)
                + "）";
    }

    /** 2027-01-01 放假 元旦: how the audit trail records it. */
    @Override
    public String toString() {
        return date + " " + kind() + " " + note;
    }
}
