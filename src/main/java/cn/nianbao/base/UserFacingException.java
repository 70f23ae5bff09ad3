package cn.nianbao.base;

/**
 * A refusal whose message is written for the person who caused it, in Chinese: what is wrong and what to do.
 * Screens show the message as it is; anything else is an internal error and gets a generic message.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }
}
