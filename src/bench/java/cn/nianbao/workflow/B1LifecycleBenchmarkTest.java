package cn.nianbao.workflow;

import org.springframework.test.context.TestPropertySource;

/** B1 at a tiny size: the harness runs both lifecycles to publication and writes its table. */
@TestPropertySource(
        properties = {
            "nianbao.bench.output=target/bench/tiny",
            "nianbao.bench.b1.warmup=1",
            "nianbao.bench.b1.lifecycles=2",
            "nianbao.bench.b1.threads=1,2"
        })
class B1LifecycleBenchmarkTest extends B1LifecycleBenchmark {}
