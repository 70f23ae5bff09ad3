package cn.nianbao.desk.ui;

import org.springframework.test.context.TestPropertySource;

/** B6 at a tiny size: sessions open the editor and are measured, and the table is written. */
@TestPropertySource(properties = {"nianbao.bench.output=target/bench/tiny", "nianbao.bench.b6.sessions=5"})
class B6SessionsBenchmarkTest extends B6SessionsBenchmark {}
