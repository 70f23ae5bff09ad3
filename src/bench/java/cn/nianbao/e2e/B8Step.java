package cn.nianbao.e2e;

/** The steps B8 times, in the order a report goes through them, and the round-trip floor to compare them with. */
enum B8Step {
    LOGIN("登录 → 待办"),
    REPORTS("本机关报告"),
    OPEN_DRAFT("打开草稿（全部表格）"),
    SAVE("保存草稿"),
    SUBMIT("提交审核"),
    OPEN_REVIEW("打开审核任务"),
    APPROVE("审核通过"),
    SIGN_OFF("签发"),
    PUBLIC_PAGE("公开门户的报告页"),
    PDF("PDF 下载"),
    FLOOR("对照：简单页面（修改密码）");

    private final String label;

    B8Step(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
