package cn.nianbao.audit;

/** Who did it: a signed-in person, 匿名 (an anonymous visitor over HTTP) or 系统 (a job such as publication). */
public record AuditActor(String username, String displayName) {

    public static final AuditActor SYSTEM = new AuditActor("system", "系统");
    public static final AuditActor ANONYMOUS = new AuditActor("anonymous", "匿名");
}
