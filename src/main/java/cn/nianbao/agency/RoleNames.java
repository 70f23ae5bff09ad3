package cn.nianbao.agency;

/**
 * The names of {@link Role}s as compile-time constants, for {@code @RolesAllowed} on screens (annotations cannot
 * take an enum's name). RoleNamesTest keeps them equal to the enum.
 */
public final class RoleNames {

    public static final String HANDLER = "HANDLER";
    public static final String SECRECY_REVIEWER = "SECRECY_REVIEWER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String LEAD = "LEAD";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";

    private RoleNames() {}
}
