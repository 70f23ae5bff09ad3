package cn.nianbao.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知) as it is pasted: each item
 * 「二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。」
 * gives its days off and the weekends worked. The weekday in brackets and the 共N天 are checked, so a notice of
 * another year or a typing slip is named rather than saved. Lines without an item number and without a date (the
 * title, the preamble, the closing words) are skipped; any other line it cannot read is named.
 */
public final class HolidayNotice {

    private static final Pattern ITEM = Pattern.compile("^[一二三四五六七八九十]+[、.．]\\s*([^：:]{1,30})[：:](.*)$");
    private static final Pattern DATE =
            Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(]([^）)]*)[）)])?");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年部分节假日安排");
    private static final Pattern DAYS = Pattern.compile("共(\\d{1,2})天|放假(\\d{1,2})天");
    private static final String WEEKDAYS = "一二三四五六日";

    /** What the notice says for {@code year}: the days, sorted, and each line it could not read with why. */
    public record Reading(int year, List<CalendarEntry> days, List<String> notUnderstood) {

        public boolean complete() {
            return notUnderstood.isEmpty() && !days.isEmpty();
        }
    }

    private HolidayNotice() {}

    public static Reading read(int year, String text) {
        List<CalendarEntry> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher title = TITLE_YEAR.matcher(line);
            if (title.find() && Integer.parseInt(title.group(1)) != year) {
                problems.add("「" + line + "」：这是" + title.group(1) + "年的通知，所选年度是" + year + "年。");
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (!item.matches()) {
                if (DATE.matcher(line).find() && (line.contains("放假") || line.contains("上班"))) {
                    problems.add("「" + line + "」：没有序号和节日名称（如「一、元旦：」）。");
                }
                continue;
            }
            try {
                List<CalendarEntry> itemDays = item(year, item.group(1).strip(), item.group(2));
                for (CalendarEntry day : itemDays) {
                    if (seen.containsKey(day.date())) {
                        throw new IllegalArgumentException(day.dateLabel() + "已在前面出现过（是否粘贴了两次？）。");
                    }
                }
                itemDays.forEach(day -> seen.put(day.date(), line));
                days.addAll(itemDays);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add("「" + line + "」：" + e.getMessage());
            }
        }
        days.sort(Comparator.comparing(CalendarEntry::date));
        return new Reading(year, List.copyOf(days), List.copyOf(problems));
    }

    /** One item: its sentences 「…放假…」 and 「…上班」; any other sentence with a date is not understood. */
    private static List<CalendarEntry> item(int year, String holiday, String body) {
        List<CalendarEntry> days = new ArrayList<>();
        boolean offFound = false;
        for (String sentence : body.split("[。；;]")) {
            List<LocalDate> dates = dates(year, sentence);
            if (sentence.contains("放假")) {
                days.addAll(daysOff(year, holiday, sentence, dates));
                offFound = true;
            } else if (sentence.strip().endsWith("上班") && !dates.isEmpty()) {
                dates.forEach(d -> days.add(new CalendarEntry(d, true, holiday + "调休上班")));
            } else if (!dates.isEmpty()) {
                throw new IllegalArgumentException("无法识别「" + sentence.strip() + "」。");
            }
        }
        if (!offFound) {
            throw new IllegalArgumentException("没有找到放假日期（「…放假」）。");
        }
        return days;
    }

    private static List<CalendarEntry> daysOff(int year, String holiday, String sentence, List<LocalDate> dates) {
        String before = sentence.substring(0, sentence.indexOf("放假"));
        List<LocalDate> range = dates(year, before);
        if (range.isEmpty() || range.size() > 2 || (range.size() == 2 && !before.contains("至"))) {
            throw new IllegalArgumentException("放假日期应写作「1月1日放假」或「2月15日至23日放假」。");
        }
        LocalDate from = range.getFirst();
        LocalDate to = range.getLast();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("放假的结束日期早于开始日期。");
        }
        List<CalendarEntry> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new CalendarEntry(day, false, holiday));
        }
        Matcher count = DAYS.matcher(sentence);
        if (count.find()) {
            int said = Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
            if (said != days.size()) {
                throw new IllegalArgumentException("通知写共" + said + "天，但日期范围是" + days.size() + "天。");
            }
        }
        return days;
    }

    /** The dates of a sentence; a day without a month takes the month before it (「2月15日至23日」). */
    private static List<LocalDate> dates(int year, String sentence) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(sentence);
        int currentYear = year;
        Integer month = null;
        while (m.find()) {
            if (m.group(1) != null) {
                currentYear = Integer.parseInt(m.group(1));
            }
            if (m.group(2) != null) {
                month = Integer.parseInt(m.group(2));
            }
            if (month == null) {
                throw new IllegalArgumentException("「" + m.group() + "」缺少月份。");
            }
            LocalDate date = LocalDate.of(currentYear, month, Integer.parseInt(m.group(3)));
            if (date.getYear() != year) {
                throw new IllegalArgumentException(date + " 不在" + year + "年内，请在日历中单独添加。");
            }
            checkWeekday(date, m.group(4));
            dates.add(date);
        }
        return dates;
    }

    /** 「（周四）」 or 「（农历腊月二十八、周日）」 must be the date's weekday: a wrong one means a wrong year or a slip. */
    private static void checkWeekday(LocalDate date, String bracket) {
        if (bracket == null) {
            return;
        }
        Matcher weekday = Pattern.compile("(?:周|星期)([一二三四五六日天])").matcher(bracket);
        if (weekday.find()) {
            String said = weekday.group(1).equals("天") ? "日" : weekday.group(1);
            DayOfWeek expected = DayOfWeek.of(WEEKDAYS.indexOf(said) + 1);
            if (date.getDayOfWeek() != expected) {
                throw new IllegalArgumentException(
                        date.getMonthValue() + "月" + date.getDayOfMonth() + "日不是周" + said + "，请核对年份和日期。");
            }
        }
    }
}
