package cn.nianbao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The application's clock in tests: the real time, moved forward by as much as a test says, then put back. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock clock = new MutableClock(other);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
