package cn.nianbao.security;

import cn.nianbao.base.UserFacingException;

/** A password (or a password policy) that was not accepted; nothing was changed. */
public class PasswordRejectedException extends UserFacingException {

    public PasswordRejectedException(String message) {
        super(message);
    }
}
