package cn.nianbao.audit;

/**
 * A signed-in principal that knows the person's display name, so the trail can name them without asking the
 * module that manages people (the audit module depends on no other module of Nianbao).
 */
public interface AuditedPrincipal {

    String displayName();

    /** What the login's entry says about how the person signed in; nothing for the password form. */
    default String loginDetail() {
        return null;
    }
}
