package cn.nianbao.report;

/** How the 保密审查员 marks a finding of the confidentiality rules before deciding. */
public enum MarkKind {
    /** Checked: the passage may stay as it is (a note may say why). */
    VERIFIED("已核实"),
    /** To be changed by the drafter: the reviewer returns the report, with the finding in the opinion. */
    TO_REVISE("退回修改");

    private final String label;

    MarkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
