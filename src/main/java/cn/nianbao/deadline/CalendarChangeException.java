package cn.nianbao.deadline;

import cn.nianbao.base.UserFacingException;

/** A change to the calendar or to an agency's due date that was refused; nothing was changed. */
public class CalendarChangeException extends UserFacingException {

    public CalendarChangeException(String message) {
        super(message);
    }
}
