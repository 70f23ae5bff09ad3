package cn.nianbao.report.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results of table 3 as the prose names them, for TEXT-VS-TABLE: 予以公开 N 件 is compared with （一）, 部分公开
 * with （二）, 不予公开 with the sum of （三） 1–8, 无法提供, 不予处理 and 其他处理 with the sums of （四）, （五）,
 * （六）, each in the column 总计. A clause naming two results (予以公开及部分公开42件) is left alone: its figure is
 * the sum of two cells.
 */
enum ResultFigure {
    OPEN("予以公开|同意公开", T3Row.OPEN.label(), T3Row.OPEN, T3Row.OPEN),
    PARTIAL("部分公开", "（二）部分公开", T3Row.PARTIAL, T3Row.PARTIAL),
    DENY("不予公开", T3Row.DENY, T3Row.DENY_1, T3Row.DENY_8),
    UNABLE("无法提供", T3Row.UNABLE, T3Row.UNABLE_1, T3Row.UNABLE_3),
    NOPROC("不予处理", T3Row.NOPROC, T3Row.NOPROC_1, T3Row.NOPROC_5),
    OTHER("其他处理", T3Row.OTHER, T3Row.OTHER_1, T3Row.OTHER_3);

    /** Clauses about something else: other requests, 主动公开, comparisons and shares. */
    private static final Pattern ELSEWHERE = Pattern.compile("许可|审批|办件|投诉|信访|举报|建议|提案|主动公开|同比|较上年|比上年|去年|累计|增长|下降");

    private final Pattern phrase;
    private final Pattern figure;
    private final String name;
    private final List<T3Row> rows;

    /** The rows from first to last (in table order) are this result's. */
    ResultFigure(String phrase, String name, T3Row first, T3Row last) {
        this.phrase = Pattern.compile(phrase);
        this.figure = Pattern.compile("(?:" + phrase + ")[^\\d，。；,;、及和与]{0,6}?(\\d+)件");
        this.name = name;
        this.rows = Arrays.asList(T3Row.values()).subList(first.ordinal(), last.ordinal() + 1);
    }

    /** The one result this clause quotes a figure for, with that figure. */
    static Optional<Quoted> read(String clause) {
        if (ELSEWHERE.matcher(clause).find()
                || Arrays.stream(values())
                                .filter(r -> r.phrase.matcher(clause).find())
                                .count()
                        != 1) {
            return Optional.empty();
        }
        for (ResultFigure result : values()) {
            Matcher m = result.figure.matcher(clause);
            if (m.find()) {
                return Optional.of(new Quoted(result, Long.parseLong(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** A figure the text quotes for a result. */
    record Quoted(ResultFigure result, long figure) {

        List<String> cells() {
            return result.rows.stream().map(r -> Cells.t3(r, T3Column.TOTAL)).toList();
        }

        /** Null when the table has the figure, else what it says, naming the cell(s). */
        String problem(ReportTables tables) {
            long table = result.rows.stream()
                    .mapToLong(r -> tables.t3(r, T3Column.TOTAL))
                    .sum();
            if (table == figure) {
                return null;
            }
            return result.rows.size() == 1
                    ? "但表三「" + result.name + "·总计」为 " + table + "。"
                    : "但表三「" + result.name + "」各项（第 1 至 " + result.rows.size() + " 项）总计之和为 " + table + "。";
        }
    }
}
