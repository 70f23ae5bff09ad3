package cn.nianbao.publication;

import org.springframework.test.context.TestPropertySource;

/** B4 at a tiny size: a full report renders to a PDF with more pages than its text fills, and the table is written. */
@TestPropertySource(
        properties = {
            "nianbao.bench.output=target/bench/tiny",
            "nianbao.bench.b4.warmup=1",
            "nianbao.bench.b4.iterations=2"
        })
class B4PdfBenchmarkTest extends B4PdfBenchmark {}
