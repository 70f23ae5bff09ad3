package cn.nianbao.report.check;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How often one client address may post to the open {@code POST /api/check}: a token bucket per address of
 * {@code nianbao.check.per-address.requests} checks, refilled evenly over {@code period}. The buckets are kept in a
 * bounded cache ({@code addresses}, least recently used forgotten; a bucket left alone for a period is full again
 * anyway), so that requests from many addresses cannot grow memory.
 */
@Component
class CheckRateLimit {

    private final CheckSettings.PerAddress limit;
    private final Cache<String, Bucket> buckets;

    CheckRateLimit(CheckSettings settings) {
        this.limit = settings.perAddress();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.addresses())
                .expireAfterAccess(limit.period())
                .build();
    }

    /** Takes one check from this address's bucket; empty when it may go on, else how long until it may. */
    Optional<Duration> refusal(String address) {
        ConsumptionProbe probe = buckets.get(address, a -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }
}
