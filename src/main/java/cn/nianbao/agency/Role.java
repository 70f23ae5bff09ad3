package cn.nianbao.agency;

/** A person's role in the responsibility chain of the annual report (DOMAIN.md, 「谁公开、谁审查、谁负责」). */
public enum Role {
    HANDLER("经办人员"),
    SECRECY_REVIEWER("保密审查员"),
    SUPERVISOR("分管领导"),
    LEAD("主要领导");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
