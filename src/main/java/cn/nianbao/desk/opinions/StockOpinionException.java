package cn.nianbao.desk.opinions;

import cn.nianbao.base.UserFacingException;

/** A stock opinion refused (empty, too long, a duplicate, one too many, not one's own): nothing changed. */
public class StockOpinionException extends UserFacingException {

    StockOpinionException(String message) {
        super(message);
    }
}
