package cn.nianbao.admin;

import cn.nianbao.base.UserFacingException;

/** An administrative change that was refused; nothing was changed. */
public class AdministrationException extends UserFacingException {

    public AdministrationException(String message) {
        super(message);
    }
}
