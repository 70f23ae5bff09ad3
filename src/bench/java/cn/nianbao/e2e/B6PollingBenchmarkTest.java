package cn.nianbao.e2e;

import org.springframework.test.context.TestPropertySource;

/** B6's polling at a tiny size: two editors watched just long enough for a poll each, and the table written. */
@TestPropertySource(properties = {"nianbao.bench.output=target/bench/tiny", "nianbao.bench.b6.poll-seconds=16"})
class B6PollingBenchmarkTest extends B6PollingBenchmark {}
