package cn.nianbao.security;

import cn.nianbao.audit.AuditedLoginRefusal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The province's 统一身份认证 vouched for a person whom Nianbao does not let in that way. An ordinary refusal for
 * Spring Security (no error, no stack trace); the login page shows {@link #pageMessage()} and the audit trail
 * {@link #auditReason()} under the name the provider sent.
 */
public final class SsoRefusedException extends OAuth2AuthenticationException implements AuditedLoginRefusal {

    /** Why the login was refused. */
    enum Reason {
        NO_NAME,
        UNKNOWN,
        DISABLED,
        ADMINISTRATOR,
        LOCKED
    }

    private final Reason reason;
    private final String username;

    SsoRefusedException(Reason reason, String username) {
        super(new OAuth2Error("access_denied"), reason.name());
        this.reason = reason;
        this.username = username == null ? "" : username;
    }

    Reason reason() {
        return reason;
    }

    /** What the login page says, in Chinese, naming the account. */
    public String pageMessage() {
        return switch (reason) {
            case NO_NAME -> "统一身份认证未提供用户名，无法登录本系统，请联系系统管理员。";
            case UNKNOWN -> "统一身份认证的账号 " + username + " 在本系统中不存在，请联系系统管理员。";
            case DISABLED -> "账号 " + username + " 已停用，无法登录，请联系系统管理员。";
            case ADMINISTRATOR -> "账号 " + username + " 是系统管理员、安全管理员或审计管理员（三员），请使用本系统的用户名和密码登录。";
            case LOCKED -> "账号 " + username + " 因连续输错密码已被锁定，锁定期间无法登录，请稍后再试或联系系统管理员解锁。";
        };
    }

    @Override
    public String auditReason() {
        return switch (reason) {
            case NO_NAME -> "统一身份认证登录被拒绝：未提供用户名";
            case UNKNOWN -> "统一身份认证登录被拒绝：本系统无此账号";
            case DISABLED -> "统一身份认证登录被拒绝：账号已停用";
            case ADMINISTRATOR -> "统一身份认证登录被拒绝：三员须使用本地密码登录";
            case LOCKED -> "统一身份认证登录被拒绝：账号已被锁定";
        };
    }

    @Override
    public String refusedName() {
        return username;
    }
}
