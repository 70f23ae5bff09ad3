package cn.nianbao.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins and logouts, from Spring Security's own events. A failed login names the user name as typed and never says
 * whether an account has it: the actor is 「未认证用户」 either way. Every attempt gives exactly one entry, a refusal
 * before the password check (locked name, address stopped) with its reason, and so does a single sign-on refused
 * for the name the provider sent.
 */
@Component
class LoginAuditing {

    static final String UNAUTHENTICATED = "未认证用户";

    private final AuditTrail trail;

    LoginAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        AuditActor actor = AuditActors.of(event.getAuthentication());
        String detail = event.getAuthentication().getPrincipal() instanceof AuditedPrincipal principal
                ? principal.loginDetail()
                : null;
        trail.recordAs(actor, AuditAction.LOGIN_SUCCEEDED, target(actor.username()), detail, null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getException() instanceof AuditedLoginRefusal refusal && refusal.refusedName() != null
                ? refusal.refusedName()
                : event.getAuthentication().getName() == null
                        ? ""
                        : event.getAuthentication().getName();
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent
                ? "用户名或密码不正确"
                : event.getException() instanceof AuditedLoginRefusal refusal ? refusal.auditReason() : "登录被拒绝（如账号已停用）";
        trail.recordAs(
                new AuditActor(typed, UNAUTHENTICATED), AuditAction.LOGIN_FAILED, target(typed), reason, null, null);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        AuditActor actor = AuditActors.of(event.getAuthentication());
        trail.recordAs(actor, AuditAction.LOGOUT, target(actor.username()), null, null, null);
    }

    static String target(String username) {
        return "用户 " + username;
    }
}
