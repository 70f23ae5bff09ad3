package cn.nianbao.report;

/** What a desk list is narrowed to: a report year and a current stage, each optional (null: all). */
public record ListFilter(Integer year, ReportStage stage) {

    public static final ListFilter ALL = new ListFilter(null, null);
}
