package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEXT-VS-TABLE (FORMAT.md §5.4), a heuristic: figures the prose quotes are compared with the tables. It reads only
 * what it can read with confidence, clause by clause, and leaves alone sentences about another year, clauses that
 * compare (同比, 较上年) or accumulate (累计), and the breakdown after 「其中」, so that a warning means the text and the
 * table really disagree:
 * <ul>
 * <li>收到/受理/接收…申请 N 件 (or 未收到…申请): 一、本年新收 总计, or 本年新收 + 上年结转;</li>
 * <li>办结/答复 N 件 (in a sentence about 申请): （七）总计;</li>
 * <li>上年(度)结转 N 件: 二、上年结转; N 件结转/顺延…下年度: 四、结转下年度继续办理;</li>
 * <li>行政复议 N 件, 行政诉讼 N 件 (in a sentence about 信息公开): table 4 totals (未发生…行政复议 is a
 * {@link ContradictionRule CONTRADICTION});</li>
 * <li>制发/印发…(行政)规范性文件 N 件, 现行有效(行政)规范性文件 N 件: table 2;</li>
 * <li>予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 N 件, also after 其中: table 3's results
 * ({@link ResultFigure}).</li>
 * </ul>
 */
public final class TextVsTableRule {

    public static final String RULE = "TEXT-VS-TABLE";

    private static final String NOT_A_NUMBER = "[^\\d，。；,;]";
    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:（）()“”\"]");
    private static final Pattern COMPARISON = Pattern.compile("同比|较上年|比上年|较去年|比去年|去年|累计|其中|增长|下降|占比");
    private static final Pattern NOT_DISCLOSURE_REQUESTS =
            Pattern.compile("许可|审批|办件|投诉|信访|举报|留言|信件|来信|咨询|建议|提案|热线|12345|政务服务|复议|诉讼");
    private static final Pattern CASE_OUTCOME = Pattern.compile("维持|纠正|纠错|结果|审结|败诉|胜诉|撤销|确认违法");

    private enum Claim {
        RECEIVED,
        HANDLED,
        CARRIED_IN,
        CARRIED_OUT,
        REVIEWS,
        LAWSUITS,
        NORMATIVE_ISSUED,
        NORMATIVE_VALID
    }

    private record Reading(Claim claim, Pattern pattern, Pattern unless, boolean aboutDisclosure) {

        /** The figure this clause quotes, or -1. A pattern without a group quotes zero (未收到…). */
        long figure(String clause) {
            if (unless != null && unless.matcher(clause).find()) {
                return -1;
            }
            Matcher m = pattern.matcher(clause);
            if (!m.find()) {
                return -1;
            }
            return m.groupCount() == 0 ? 0 : Long.parseLong(m.group(1));
        }
    }

    private static final Pattern REQUESTS_EXCLUDED =
            Pattern.compile(NOT_DISCLOSURE_REQUESTS.pattern() + "|结转|顺延|" + COMPARISON.pattern());

    private static final List<Reading> READINGS = List.of(
            new Reading(
                    Claim.RECEIVED,
                    Pattern.compile("(?:收到|受理|接收|新收|接到)" + NOT_A_NUMBER + "{0,20}?申请" + NOT_A_NUMBER + "{0,6}?(\\d+)件"),
                    REQUESTS_EXCLUDED,
                    false),
            new Reading(
                    Claim.RECEIVED,
                    Pattern.compile("(?:收到|受理|接收|接到)" + NOT_A_NUMBER + "{0,4}?(\\d+)件" + NOT_A_NUMBER + "{0,12}?申请"),
                    REQUESTS_EXCLUDED,
                    false),
            new Reading(
                    Claim.RECEIVED,
                    Pattern.compile("未(?:收到|受理|接收|接到)" + NOT_A_NUMBER + "{0,16}?申请"),
                    REQUESTS_EXCLUDED,
                    false),
            new Reading(
                    Claim.HANDLED,
                    Pattern.compile("(?:办结|答复|办理完毕|处理完毕)" + NOT_A_NUMBER + "{0,10}?(\\d+)件"),
                    REQUESTS_EXCLUDED,
                    false),
            new Reading(
                    Claim.CARRIED_IN, Pattern.compile("上一?年度?结转" + NOT_A_NUMBER + "{0,10}?(\\d+)件"), COMPARISON, false),
            new Reading(
                    Claim.CARRIED_OUT,
                    Pattern.compile("(\\d+)件" + NOT_A_NUMBER + "{0,10}?(?:结转|顺延|延至|转入)" + NOT_A_NUMBER + "{0,6}?下一?年"),
                    COMPARISON,
                    false),
            new Reading(
                    Claim.CARRIED_OUT,
                    Pattern.compile("(?:结转|顺延|延至|转入)(?:至|到)?下一?年度?" + NOT_A_NUMBER + "{0,10}?(\\d+)件"),
                    COMPARISON,
                    false),
            new Reading(
                    Claim.REVIEWS,
                    Pattern.compile("行政复议(?:案件|申请)?[^\\d，。；,;、]{0,4}?(\\d+)件"),
                    Pattern.compile(CASE_OUTCOME.pattern() + "|" + COMPARISON.pattern()),
                    true),
            new Reading(
                    Claim.LAWSUITS,
                    Pattern.compile("行政诉讼(?:案件)?[^\\d，。；,;、]{0,4}?(\\d+)件"),
                    Pattern.compile(CASE_OUTCOME.pattern() + "|" + COMPARISON.pattern()),
                    true),
            new Reading(
                    Claim.NORMATIVE_ISSUED,
                    Pattern.compile("(?:制发|印发|出台|制定)" + NOT_A_NUMBER + "{0,8}?规范性文件" + NOT_A_NUMBER + "{0,3}?(\\d+)件"),
                    Pattern.compile("现行有效|清理|废止|" + COMPARISON.pattern()),
                    false),
            new Reading(
                    Claim.NORMATIVE_VALID,
                    Pattern.compile("现行有效的?(?:行政)?规范性文件" + NOT_A_NUMBER + "{0,3}?(\\d+)件"),
                    COMPARISON,
                    false));

    private static final Map<Claim, List<String>> CELLS = Map.of(
            Claim.RECEIVED, List.of(Cells.t3(T3Row.NEW, T3Column.TOTAL), Cells.t3(T3Row.CARRY_IN, T3Column.TOTAL)),
            Claim.HANDLED, List.of(Cells.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL)),
            Claim.CARRIED_IN, List.of(Cells.t3(T3Row.CARRY_IN, T3Column.TOTAL)),
            Claim.CARRIED_OUT, List.of(Cells.t3(T3Row.CARRY_OUT, T3Column.TOTAL)),
            Claim.REVIEWS, List.of(Cells.t4(T4Group.REVIEW, T4Column.TOTAL)),
            Claim.LAWSUITS,
                    List.of(Cells.t4(T4Group.LIT_DIRECT, T4Column.TOTAL), Cells.t4(T4Group.LIT_AFTER, T4Column.TOTAL)),
            Claim.NORMATIVE_ISSUED, List.of(T2Cell.NORMATIVE_ISSUED.id()),
            Claim.NORMATIVE_VALID, List.of(T2Cell.NORMATIVE_VALID.id()));

    /**
     * @param year the year the report is about; sentences naming another year are left alone. When unknown, the
     *             year the text names most often is taken.
     */
    public List<Finding> check(ReportContent content, OptionalInt year) {
        int reportYear = Prose.reportYear(content, year);
        ReportTables tables = content.tables();
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Section section : Section.values()) {
            for (String sentence : Prose.sentences(content, section)) {
                if (!Prose.isAboutYear(sentence, reportYear)) {
                    continue;
                }
                boolean breakdown = false;
                for (String clause : CLAUSE_END.split(sentence)) {
                    // after 其中 come parts of a total (自然人72件): only the results are read there (予以公开42件)
                    breakdown |= clause.contains("其中");
                    readResult(clause, section, tables, reported).ifPresent(findings::add);
                    Set<Claim> read = EnumSet.noneOf(Claim.class);
                    for (Reading reading : READINGS) {
                        if (breakdown
                                || read.contains(reading.claim())
                                || reading.aboutDisclosure() && !sentence.contains("信息公开")
                                || reading.claim() == Claim.HANDLED && !sentence.contains("申请")) {
                            continue;
                        }
                        long figure = reading.figure(clause);
                        if (figure < 0) {
                            continue;
                        }
                        read.add(reading.claim());
                        String problem = compare(reading.claim(), figure, tables);
                        if (problem != null && reported.add(reading.claim() + "|" + figure)) {
                            findings.add(Finding.warning(
                                    RULE,
                                    CELLS.get(reading.claim()),
                                    "正文「" + section.heading() + "」写“" + clause + "”，" + problem));
                        }
                    }
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> readResult(
            String clause, Section section, ReportTables tables, Set<String> reported) {
        return ResultFigure.read(clause)
                .filter(q -> q.problem(tables) != null && reported.add(q.result() + "|" + q.figure()))
                .map(q -> Finding.warning(
                        RULE, q.cells(), "正文「" + section.heading() + "」写“" + clause + "”，" + q.problem(tables)));
    }

    /** Null when the figure agrees with the table, else what the table says. */
    private static String compare(Claim claim, long figure, ReportTables t) {
        return switch (claim) {
            case RECEIVED -> {
                long received = t.t3(T3Row.NEW, T3Column.TOTAL);
                long withCarried = received + t.t3(T3Row.CARRY_IN, T3Column.TOTAL);
                yield figure == received || figure == withCarried
                        ? null
                        : "但表三「" + T3Row.NEW.label() + "·总计」为 " + received + "（加上年结转为 " + withCarried + "）。";
            }
            case HANDLED -> differs(figure, t.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL), "表三「（七）总计·总计」");
            case CARRIED_IN ->
                differs(figure, t.t3(T3Row.CARRY_IN, T3Column.TOTAL), "表三「" + T3Row.CARRY_IN.label() + "·总计」");
            case CARRIED_OUT ->
                differs(figure, t.t3(T3Row.CARRY_OUT, T3Column.TOTAL), "表三「" + T3Row.CARRY_OUT.label() + "·总计」");
            case REVIEWS -> differs(figure, t.t4(T4Group.REVIEW, T4Column.TOTAL), "表四「行政复议·总计」");
            case LAWSUITS ->
                differs(
                        figure,
                        t.t4(T4Group.LIT_DIRECT, T4Column.TOTAL) + t.t4(T4Group.LIT_AFTER, T4Column.TOTAL),
                        "表四行政诉讼「未经复议直接起诉·总计」与「复议后起诉·总计」之和");
            case NORMATIVE_ISSUED -> differs(figure, t.count(T2Cell.NORMATIVE_ISSUED.id()), "表二「行政规范性文件·本年制发件数」");
            case NORMATIVE_VALID -> differs(figure, t.count(T2Cell.NORMATIVE_VALID.id()), "表二「行政规范性文件·现行有效件数」");
        };
    }

    private static String differs(long figure, long table, String cell) {
        return figure == table ? null : "但" + cell + "为 " + table + "。";
    }
}
