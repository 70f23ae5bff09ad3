package cn.nianbao.support;

import cn.nianbao.base.ChinaTime;
import java.time.Duration;
import java.time.LocalDateTime;

/** Moves a {@link MutableClock} so that it reads a given China time now (and runs on from there). */
public final class ClockAt {

    private ClockAt() {}

    public static void set(MutableClock clock, LocalDateTime chinaTime) {
        clock.advance(Duration.between(
                clock.instant(), chinaTime.atZone(ChinaTime.ZONE).toInstant()));
    }
}
