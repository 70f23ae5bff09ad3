package cn.nianbao.report.lexicon;

import cn.nianbao.base.UserFacingException;

/** A change to the 错敏词 list that was refused; the list is unchanged. */
public class LexiconException extends UserFacingException {

    LexiconException(String message) {
        super(message);
    }
}
