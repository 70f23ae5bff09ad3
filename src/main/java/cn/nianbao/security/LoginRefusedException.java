package cn.nianbao.security;

import cn.nianbao.audit.AuditedLoginRefusal;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused before any password was looked at: the name is locked, or the address has failed too often. A
 * {@link LockedException}, so Spring Security treats it as an ordinary refusal (no error, no stack trace) and
 * publishes a failure event that the audit trail records with {@link #auditReason()}.
 */
public final class LoginRefusedException extends LockedException implements AuditedLoginRefusal {

    /** Why the login was refused. */
    public enum Reason {
        NAME_LOCKED,
        ADDRESS_BLOCKED
    }

    private final Reason reason;
    private final long minutesLeft;

    private LoginRefusedException(Reason reason, Duration left) {
        super(reason.name());
        this.reason = reason;
        this.minutesLeft = Math.max(1, (left.toSeconds() + 59) / 60);
    }

    static LoginRefusedException nameLocked(Duration left) {
        return new LoginRefusedException(Reason.NAME_LOCKED, left);
    }

    static LoginRefusedException addressBlocked(Duration left) {
        return new LoginRefusedException(Reason.ADDRESS_BLOCKED, left);
    }

    public Reason reason() {
        return reason;
    }

    /** The minutes until the next try may succeed, rounded up. */
    public long minutesLeft() {
        return minutesLeft;
    }

    @Override
    public String auditReason() {
        return switch (reason) {
            case NAME_LOCKED -> "该用户名已被锁定（连续 " + LoginAttempts.MAX_FAILURES + " 次密码错误），未核对密码，还需 " + minutesLeft + " 分钟";
            case ADDRESS_BLOCKED ->
                "该地址 " + LoginAddressLimit.WINDOW.toMinutes() + " 分钟内登录失败 " + LoginAddressLimit.MAX_FAILURES
                        + " 次，暂停登录，未核对用户名和密码，还需 " + minutesLeft + " 分钟";
        };
    }
}
