package cn.nianbao.report.check;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.check.*} (defaults and what each means in application.properties): how many checks run at once on a
 * node and how long one waits for its turn, the time limit of reading one file, and how many checks one client
 * address may post to the open {@code POST /api/check} per period.
 */
@ConfigurationProperties("nianbao.check")
public record CheckSettings(int concurrent, Duration maxWait, Duration timeLimit, PerAddress perAddress) {

    /** A token bucket per address: {@code requests} at once, refilled evenly over {@code period}. */
    public record PerAddress(int requests, Duration period, int addresses) {}
}
