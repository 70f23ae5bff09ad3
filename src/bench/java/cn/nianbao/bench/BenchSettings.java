package cn.nianbao.bench;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes, iterations and threads of every benchmark; each can be overridden on the command line, e.g.
 * {@code -Dnianbao.bench.b1.lifecycles=40}. The {@code *BenchmarkTest} checks set tiny values and another output folder.
 */
@ConfigurationProperties("nianbao.bench")
public record BenchSettings(
        @DefaultValue("target/bench") String output,
        @DefaultValue Lifecycle b1,
        @DefaultValue Inbox b2,
        @DefaultValue Approve b3,
        @DefaultValue Pdf b4,
        @DefaultValue Portal b5,
        @DefaultValue Sessions b6) {

    /** B1: whole lifecycles per thread count, after {@code warmup} unmeasured ones. */
    public record Lifecycle(
            @DefaultValue("10") int warmup,
            @DefaultValue("40") int lifecycles,
            @DefaultValue({"1", "4"}) List<Integer> threads) {}

    /**
     * B2: {@code agencies} agencies holding {@code openTasks} open tasks between them; the inbox of one reviewer is
     * read {@code iterations} times. A database already seeded by an earlier run is used as it is.
     */
    public record Inbox(
            @DefaultValue("3000") int agencies,
            @DefaultValue("100000") int openTasks,
            @DefaultValue("50") int warmup,
            @DefaultValue("300") int iterations) {}

    /** B3: {@code users} reviewers approving at once, {@code reports} reports each waiting for one approval. */
    public record Approve(
            @DefaultValue("4") int users,
            @DefaultValue("200") int reports,
            @DefaultValue("20") int warmup) {}

    /** B4: renders of the full report, after {@code warmup} unmeasured ones; {@code pages} pages of text. */
    public record Pdf(
            @DefaultValue("5") int warmup,
            @DefaultValue("20") int iterations,
            @DefaultValue("5") int pages) {}

    /** B5: reports published into the database the production jar then serves. */
    public record Portal(@DefaultValue("30") int reports) {}

    /** B6: sessions with the editor open (heap), and how long two open editors are watched polling (seconds). */
    public record Sessions(
            @DefaultValue("200") int sessions,
            @DefaultValue("60") int pollSeconds) {}
}
