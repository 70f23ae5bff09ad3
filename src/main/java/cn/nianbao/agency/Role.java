package cn.nianbao.agency;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's role. The first four are the responsibility chain of the annual report (DOMAIN.md, 「谁公开、谁审查、谁负责」);
 * the coordinator watches the agencies below theirs; the last three run the system and are mutually exclusive
 * (三员分立, 等保 2.0), and none of them may read or act on a draft.
 */
public enum Role {
    HANDLER("经办人员"),
    SECRECY_REVIEWER("保密审查员"),
    SUPERVISOR("分管领导"),
    LEAD("主要领导"),
    COORDINATOR("主管部门协调员"),
    SYSTEM_ADMIN("系统管理员"),
    SECURITY_ADMIN("安全管理员"),
    AUDIT_ADMIN("审计管理员");

    /** The three administrator roles of 三员分立: a person holds at most one of them, and no role of the chain. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    /** The roles that may work on a report before it is published. */
    public static final Set<Role> CHAIN = EnumSet.of(HANDLER, SECRECY_REVIEWER, SUPERVISOR, LEAD);

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }
}
