package cn.nianbao.workflow;

import org.springframework.test.context.TestPropertySource;

/** B2 at a tiny size: the seed, both inboxes with the expected counts, and the table. */
@TestPropertySource(
        properties = {
            "nianbao.bench.output=target/bench/tiny",
            "nianbao.bench.b2.agencies=10",
            "nianbao.bench.b2.open-tasks=100",
            "nianbao.bench.b2.warmup=2",
            "nianbao.bench.b2.iterations=5"
        })
class B2InboxBenchmarkTest extends B2InboxBenchmark {}
