package cn.nianbao.report.format;

import java.util.Arrays;
import java.util.List;

/** The seven value columns of table 3 (申请人情况), FORMAT.md §3.1. */
public enum T3Column {
    NP("np", "自然人", null),
    LE_BUSINESS("le.business", "商业企业", T3Column.LEGAL_ENTITY_GROUP),
    LE_RESEARCH("le.research", "科研机构", T3Column.LEGAL_ENTITY_GROUP),
    LE_PUBLIC_WELFARE("le.public_welfare", "社会公益组织", T3Column.LEGAL_ENTITY_GROUP),
    LE_LEGAL_SERVICE("le.legal_service", "法律服务机构", T3Column.LEGAL_ENTITY_GROUP),
    LE_OTHER("le.other", "其他", T3Column.LEGAL_ENTITY_GROUP),
    TOTAL("total", "总计", null);

    public static final String LEGAL_ENTITY_GROUP = "法人或其他组织";
    public static final String APPLICANT_HEADER = "申请人情况";
    public static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final String id;
    private final String label;
    private final String group;

    T3Column(String id, String label, String group) {
        this.id = id;
        this.label = label;
        this.group = group;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String group() {
        return group;
    }

    /** The six applicant columns whose sum is 总计 (C6 in FORMAT.md §5). */
    public static List<T3Column> applicantColumns() {
        return Arrays.stream(values()).filter(c -> c != TOTAL).toList();
    }
}
