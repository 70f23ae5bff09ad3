package cn.nianbao.report;

/**
 * The agency already has a report on the year: created earlier, or a moment ago by a colleague (or the year start)
 * whose creation won the race. The screen opens that report instead.
 */
public class ReportExistsException extends ReportInputException {

    private final int year;

    public ReportExistsException(int year) {
        super("本机关 " + year + " 年度报告已经存在，请在「本机关报告」中打开它。");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
