package cn.nianbao.workflow;

import org.springframework.test.context.TestPropertySource;

/** B3 at a tiny size: the double clicks are raced and counted, and the table is written. */
@TestPropertySource(
        properties = {
            "nianbao.bench.output=target/bench/tiny",
            "nianbao.bench.b3.reports=6",
            "nianbao.bench.b3.warmup=1"
        })
class B3ApproveBenchmarkTest extends B3ApproveBenchmark {}
