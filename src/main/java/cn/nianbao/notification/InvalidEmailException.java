package cn.nianbao.notification;

import cn.nianbao.base.UserFacingException;

/** An email address that could not receive mail; nothing was saved. */
public class InvalidEmailException extends UserFacingException {

    InvalidEmailException(String message) {
        super(message);
    }
}
