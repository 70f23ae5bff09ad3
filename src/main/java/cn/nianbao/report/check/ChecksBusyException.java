package cn.nianbao.report.check;

import cn.nianbao.base.UserFacingException;
import java.time.Duration;

/** Every check slot of this node stayed taken while the check waited for one; the person may try again shortly. */
public class ChecksBusyException extends UserFacingException {

    /** A check takes at most the time limit, most a second or less; a few seconds is a fair guess. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public ChecksBusyException() {
        super("校验繁忙，请稍后再试。");
    }
}
