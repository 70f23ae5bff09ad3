package cn.nianbao.report.format.reading;

import java.time.Duration;

/**
 * How much one file may cost to read, so that whatever a stranger sends is read in bounded memory and time: the
 * official tables are at most 28 rows by 15 columns (table 3 with its header; table 4 is 15 wide) and a whole report a
 * few hundred lines, so the limits below leave a wide margin for real pages (site navigation, layout tables, other
 * tables) and refuse only what no report is. A merged cell counts as every place of the grid it covers. Past a limit
 * the file is refused with a message saying which; a file that is still not read when the time limit has passed is
 * refused as well.
 */
final class ReadingBudget {

    /** The official tables span at most 22 rows (三、本年度办理结果) and 10 columns (行政诉讼); a margin above that. */
    static final int MAX_ROWSPAN = 30;

    static final int MAX_COLSPAN = 20;
    static final int MAX_TAGS = 100_000;
    static final int MAX_TABLE_CELLS = 10_000;
    static final int MAX_CELLS = 200_000;
    static final int MAX_LINES = 20_000;

    static final String TOO_COMPLEX = "文件过于复杂：";
    static final String TOO_SLOW = "文件过于复杂，无法在限定时间内读取。";

    private final long start = System.nanoTime();
    private final long timeLimit;
    private int cells;
    private int lines;

    ReadingBudget(Duration timeLimit) {
        this.timeLimit = timeLimit.toNanos();
    }

    /** The start tags of an HTML page, counted before it is parsed: each becomes an element in memory. */
    void tags(CharSequence page) throws UnreadableReportException {
        int tags = 0;
        for (int i = 0; i + 1 < page.length(); i++) {
            if (page.charAt(i) == '<' && isAsciiLetter(page.charAt(i + 1)) && ++tags > MAX_TAGS) {
                throw new UnreadableReportException(TOO_COMPLEX + "网页的标签超过 " + MAX_TAGS + " 个。");
            }
        }
    }

    /** The places of one table's grid taken so far; a merged cell takes all it covers. */
    void tableCells(int taken) throws UnreadableReportException {
        if (taken > MAX_TABLE_CELLS) {
            throw new UnreadableReportException(TOO_COMPLEX + "一个表格超过 " + MAX_TABLE_CELLS + " 个单元格（合并单元格按所占的格数计）。");
        }
    }

    /** One more line (a paragraph or a table row) of this many cells. */
    void line(int cellsInLine) throws UnreadableReportException {
        lines++;
        cells += cellsInLine;
        if (lines > MAX_LINES) {
            throw new UnreadableReportException(TOO_COMPLEX + "超过 " + MAX_LINES + " 行。");
        }
        if (cells > MAX_CELLS) {
            throw new UnreadableReportException(TOO_COMPLEX + "表格单元格共超过 " + MAX_CELLS + " 个。");
        }
        inTime();
    }

    /** Refuses the file once the time limit has passed; called as the reading goes. */
    void inTime() throws UnreadableReportException {
        if (System.nanoTime() - start >= timeLimit) {
            throw new UnreadableReportException(TOO_SLOW);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
