package cn.nianbao.report.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CONTRADICTION (docs/FORMAT.md §5.7), a warning: the prose says something did not happen that the tables (or the
 * prose elsewhere) say did happen.
 * <ul>
 * <li>every application was handled (全部办结, 均已办结, 无结转…) while 四、结转下年度继续办理 is more than 0;</li>
 * <li>no 行政复议 / no 行政诉讼 (未发生…行政复议、行政诉讼) while table 4 has some;</li>
 * <li>no 信息处理费 was charged (未收取, 无收取…信息处理费) while another sentence says an amount was charged.</li>
 * </ul>
 * Table 2's 行政事业性收费 is not compared with 信息处理费: it is the agency's fee revenue under 第二十条第（八）项, not
 * the fee for handling applications (平潭 2021 reports 24252 万元 there and rightly writes 无收取信息处理费).
 */
public final class ContradictionRule {

    public static final String RULE = "CONTRADICTION";

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:（）()“”\"]");
    private static final Pattern ALL_HANDLED =
            Pattern.compile("(?:全部|均已?|都已?|已全部|全数)[^，。；\\d]{0,6}?(?:办结|办理完毕|处理完毕)|(?:无|没有|未有|不存在)(?:申请)?结转");
    /** A sentence about other requests than 政府信息公开申请 (许可申请, 建议提案…). */
    private static final Pattern OTHER_REQUESTS = Pattern.compile("许可|审批|办件|政务服务|建议|提案|信访|投诉|举报|留言|信件|来信|咨询|热线|12345");
    /** A clause about cases, or about what last year carried in. */
    private static final Pattern NOT_CARRIED_OUT = Pattern.compile("复议|诉讼|案件|上一?年度?");

    private static final String NONE = "(?:未(?:发生|收到|出现|产生|有|涉及|发现)|无(?!法)|没有)[^，。；\\d]{0,30}?";
    private static final Pattern NO_REVIEW = Pattern.compile(NONE + "行政复议");
    private static final Pattern NO_LAWSUIT = Pattern.compile(NONE + "行政诉讼");
    private static final Pattern CASE_OUTCOME = Pattern.compile("维持|纠正|纠错|结果|审结|败诉|胜诉|撤销|确认违法|\\d");
    private static final Pattern NO_FEE = Pattern.compile("(?:未|无|没有|不)(?:收取|收缴|征收|产生|涉及)[^，。；\\d]{0,12}?信息处理费");
    private static final Pattern FEE_CHARGED =
            Pattern.compile("(?:收取|收缴|征收)[^，。；\\d]{0,20}?信息处理费[^\\d，。；]{0,6}?(\\d+(?:\\.\\d+)?)万?元");

    /** A clause of the prose and the section it is in. */
    private record Quote(Section section, String sentence, String clause) {

        String where() {
            return "正文「" + section.heading() + "」写“" + clause + "”";
        }
    }

    public List<Finding> check(ReportContent content, OptionalInt year) {
        int reportYear = Prose.reportYear(content, year);
        List<Quote> quotes = new ArrayList<>();
        for (Section section : Section.values()) {
            for (String sentence : Prose.sentences(content, section)) {
                if (Prose.isAboutYear(sentence, reportYear)) {
                    for (String clause : CLAUSE_END.split(sentence)) {
                        quotes.add(new Quote(section, sentence, clause));
                    }
                }
            }
        }
        ReportTables t = content.tables();
        List<Finding> findings = new ArrayList<>();
        long carriedOut = t.t3(T3Row.CARRY_OUT, T3Column.TOTAL);
        first(quotes, ContradictionRule::saysAllHandled)
                .filter(q -> carriedOut > 0)
                .ifPresent(q -> findings.add(Finding.warning(
                        RULE,
                        List.of(Cells.t3(T3Row.CARRY_OUT, T3Column.TOTAL)),
                        q.where() + "，但表三「" + T3Row.CARRY_OUT.label() + "·总计」为 " + carriedOut + "。")));
        long reviews = t.t4(T4Group.REVIEW, T4Column.TOTAL);
        first(quotes, q -> saysNone(NO_REVIEW, q))
                .filter(q -> reviews > 0)
                .ifPresent(q -> findings.add(Finding.warning(
                        RULE,
                        List.of(Cells.t4(T4Group.REVIEW, T4Column.TOTAL)),
                        q.where() + "，但表四「行政复议·总计」为 " + reviews + "。")));
        long direct = t.t4(T4Group.LIT_DIRECT, T4Column.TOTAL);
        long after = t.t4(T4Group.LIT_AFTER, T4Column.TOTAL);
        first(quotes, q -> saysNone(NO_LAWSUIT, q))
                .filter(q -> direct + after > 0)
                .ifPresent(q -> findings.add(Finding.warning(
                        RULE,
                        List.of(
                                Cells.t4(T4Group.LIT_DIRECT, T4Column.TOTAL),
                                Cells.t4(T4Group.LIT_AFTER, T4Column.TOTAL)),
                        q.where() + "，但表四行政诉讼「未经复议直接起诉·总计」与「复议后起诉·总计」之和为 " + (direct + after) + "（" + direct + " + "
                                + after + "）。")));
        Optional<Quote> noFee = first(quotes, q -> NO_FEE.matcher(q.clause()).find());
        Optional<Quote> charged = first(quotes, ContradictionRule::chargesAFee);
        if (noFee.isPresent() && charged.isPresent()) {
            findings.add(Finding.warning(
                    RULE, List.of(), noFee.get().where() + "，但" + charged.get().where() + "。"));
        }
        return findings;
    }

    /** The clause says no case of this kind, about 信息公开 (in section 4 that goes without saying). */
    private static boolean saysNone(Pattern none, Quote q) {
        Matcher m = none.matcher(q.clause());
        return m.find()
                && !CASE_OUTCOME.matcher(q.clause()).find()
                && (q.section() == Section.S4 || q.clause().contains("信息公开"));
    }

    /** 均已办结 in a sentence about 申请, or 无结转 (not 上年无结转). */
    private static boolean saysAllHandled(Quote q) {
        return ALL_HANDLED.matcher(q.clause()).find()
                && !NOT_CARRIED_OUT.matcher(q.clause()).find()
                && q.sentence().contains("申请")
                && !OTHER_REQUESTS.matcher(q.sentence()).find();
    }

    private static boolean chargesAFee(Quote q) {
        Matcher m = FEE_CHARGED.matcher(q.clause());
        return m.find() && !NO_FEE.matcher(q.clause()).find() && new BigDecimal(m.group(1)).signum() > 0;
    }

    private static Optional<Quote> first(List<Quote> quotes, Predicate<Quote> test) {
        return quotes.stream().filter(test).findFirst();
    }
}
