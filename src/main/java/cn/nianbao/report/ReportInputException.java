package cn.nianbao.report;

import cn.nianbao.base.UserFacingException;

/** Input that cannot be stored; the message says in Chinese what to correct. Nothing was changed. */
public class ReportInputException extends UserFacingException {

    public ReportInputException(String message) {
        super(message);
    }
}
