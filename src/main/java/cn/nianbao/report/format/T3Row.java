package cn.nianbao.report.format;

import java.util.Arrays;
import java.util.List;

/**
 * The 25 data rows of table 3, FORMAT.md §3.2. Each row has up to three label levels: the top item (一 to 四),
 * the result group (（一） to （七）) and the numbered sub-item. The official layout merges equal labels.
 */
public enum T3Row {
    NEW("new", "一、本年新收政府信息公开申请数量", null, null),
    CARRY_IN("carry_in", "二、上年结转政府信息公开申请数量", null, null),
    OPEN("r.open", T3Row.RESULTS, "（一）予以公开", null),
    PARTIAL("r.partial", T3Row.RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
    DENY_1("r.deny.1", T3Row.RESULTS, T3Row.DENY, "1.属于国家秘密"),
    DENY_2("r.deny.2", T3Row.RESULTS, T3Row.DENY, "2.其他法律行政法规禁止公开"),
    DENY_3("r.deny.3", T3Row.RESULTS, T3Row.DENY, "3.危及“三安全一稳定”"),
    DENY_4("r.deny.4", T3Row.RESULTS, T3Row.DENY, "4.保护第三方合法权益"),
    DENY_5("r.deny.5", T3Row.RESULTS, T3Row.DENY, "5.属于三类内部事务信息"),
    DENY_6("r.deny.6", T3Row.RESULTS, T3Row.DENY, "6.属于四类过程性信息"),
    DENY_7("r.deny.7", T3Row.RESULTS, T3Row.DENY, "7.属于行政执法案卷"),
    DENY_8("r.deny.8", T3Row.RESULTS, T3Row.DENY, "8.属于行政查询事项"),
    UNABLE_1("r.unable.1", T3Row.RESULTS, T3Row.UNABLE, "1.本机关不掌握相关政府信息"),
    UNABLE_2("r.unable.2", T3Row.RESULTS, T3Row.UNABLE, "2.没有现成信息需要另行制作"),
    UNABLE_3("r.unable.3", T3Row.RESULTS, T3Row.UNABLE, "3.补正后申请内容仍不明确"),
    NOPROC_1("r.noproc.1", T3Row.RESULTS, T3Row.NOPROC, "1.信访举报投诉类申请"),
    NOPROC_2("r.noproc.2", T3Row.RESULTS, T3Row.NOPROC, "2.重复申请"),
    NOPROC_3("r.noproc.3", T3Row.RESULTS, T3Row.NOPROC, "3.要求提供公开出版物"),
    NOPROC_4("r.noproc.4", T3Row.RESULTS, T3Row.NOPROC, "4.无正当理由大量反复申请"),
    NOPROC_5("r.noproc.5", T3Row.RESULTS, T3Row.NOPROC, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_1("r.other.1", T3Row.RESULTS, T3Row.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_2("r.other.2", T3Row.RESULTS, T3Row.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_3("r.other.3", T3Row.RESULTS, T3Row.OTHER, "3.其他"),
    RESULT_TOTAL("r.total", T3Row.RESULTS, "（七）总计", null),
    CARRY_OUT("carry_out", "四、结转下年度继续办理", null, null);

    public static final String RESULTS = "三、本年度办理结果";
    public static final String DENY = "（三）不予公开";
    public static final String UNABLE = "（四）无法提供";
    public static final String NOPROC = "（五）不予处理";
    public static final String OTHER = "（六）其他处理";

    private final String id;
    private final String level1;
    private final String level2;
    private final String level3;

    T3Row(String id, String level1, String level2, String level3) {
        this.id = id;
        this.level1 = level1;
        this.level2 = level2;
        this.level3 = level3;
    }

    public String id() {
        return id;
    }

    public String level1() {
        return level1;
    }

    /** The result group or single result label, or null for the rows 一, 二 and 四. */
    public String level2() {
        return level2;
    }

    /** The numbered sub-item, or null where the row has none. */
    public String level3() {
        return level3;
    }

    /** The most specific label: what a person calls this row. */
    public String label() {
        return level3 != null ? level3 : level2 != null ? level2 : level1;
    }

    /** The 21 result rows whose sum is （七）总计 (RESULT_LEAVES in FORMAT.md §5). */
    public static List<T3Row> resultLeaves() {
        return Arrays.stream(values())
                .filter(r -> RESULTS.equals(r.level1) && r != RESULT_TOTAL)
                .toList();
    }
}
