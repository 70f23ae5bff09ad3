package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.bench.ResultTable;
import cn.nianbao.bench.Samples;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Section;
import cn.nianbao.workflow.ReportJourney;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B4: the PDF of a full published report (all three tables, {@code pages} pages of text) rendered by {@link ReportPdf}
 * without its cache, warm (after {@code warmup} renders), and the same report with a few characters that only the
 * fallback fonts have. Target: median ≤ 300 ms.
 */
@NianbaoTest
class B4PdfBenchmark {

    private static final double TARGET_MEDIAN_MS = 300;
    /** About one A4 page of the print layout's body text. */
    private static final int CHARACTERS_PER_PAGE = 1100;

    private static final String SENTENCE =
            "本机关坚持以公开为常态、不公开为例外，围绕政务公开重点工作，" + "持续加强政府信息公开平台建设，及时回应社会关切，依法保障人民群众的知情权、参与权和监督权。";

    @Autowired
    BenchSettings settings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    PublicationService publications;

    @Autowired
    ReportPdf pdf;

    @Autowired
    DataSource dataSource;

    @Test
    void a_full_report_renders_to_pdf() throws IOException {
        BenchSettings.Pdf size = settings.b4();
        Rendered plain = measure(size, text(size.pages()));
        // the same with characters Noto Sans SC lacks, which the fallback fonts (HanaMinB, Symbola) draw
        Map<Section, String> rare = text(size.pages());
        rare.put(Section.S1, "申请人𠮷某、𠀀某、𪚥某的申请已办结，群众点赞😀。" + rare.get(Section.S1));
        Rendered fallback = measure(size, rare);
        int pages;
        try (PDDocument document = Loader.loadPDF(plain.last())) {
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(size.pages());

        new ResultTable("B4", "PDF of a full report")
                .row(
                        "render, warm, no cache",
                        plain.renders(),
                        "median ≤ 300 ms",
                        plain.renders().medianMs() / TARGET_MEDIAN_MS)
                .row(
                        "the same with 𠮷 𠀀 𪚥 😀 (fallback fonts)",
                        fallback.renders(),
                        "median ≤ 300 ms",
                        fallback.renders().medianMs() / TARGET_MEDIAN_MS)
                .note(String.format(
                        "%d pages, %d KB (%d KB with the fallback fonts' subsets); three tables and %d "
                                + "characters of text",
                        pages,
                        plain.last().length / 1024,
                        fallback.last().length / 1024,
                        size.pages() * CHARACTERS_PER_PAGE))
                .note(String.format(
                        "per render, on the rendering thread: CPU median %.1f ms, p95 %.1f ms; "
                                + "allocated median %.1f MB",
                        plain.cpu().medianMs(), plain.cpu().p95Ms(), medianMb(plain.allocated())))
                .note(String.format(
                        "with the fallback fonts: CPU median %.1f ms, p95 %.1f ms; allocated median " + "%.1f MB",
                        fallback.cpu().medianMs(), fallback.cpu().p95Ms(), medianMb(fallback.allocated())))
                .write(settings.output(), dataSource);
    }

    private record Rendered(Samples renders, Samples cpu, List<Long> allocated, byte[] last) {}

    private Rendered measure(BenchSettings.Pdf size, Map<Section, String> text) {
        PublishedReport entry = journey.published(testAgencies.create(), 2025, text, ReportDownloadsTest.figures());
        ReportView report = publications.content(entry.publicationId()).orElseThrow();
        byte[] last = null;
        for (int i = 0; i < size.warmup(); i++) {
            last = pdf.render(entry, StandardLayout.of(report));
        }
        Samples renders = new Samples();
        // the render runs on this thread: its CPU time and allocation depend far less on the shared machine's load
        Samples cpu = new Samples();
        List<Long> allocated = new ArrayList<>();
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < size.iterations(); i++) {
            long cpuBefore = thread.getCurrentThreadCpuTime();
            long bytesBefore = thread.getCurrentThreadAllocatedBytes();
            last = renders.time(() -> pdf.render(entry, StandardLayout.of(report)));
            cpu.add(thread.getCurrentThreadCpuTime() - cpuBefore);
            allocated.add(thread.getCurrentThreadAllocatedBytes() - bytesBefore);
        }
        return new Rendered(renders, cpu, allocated, last);
    }

    private static double medianMb(List<Long> bytes) {
        List<Long> sorted = bytes.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / (1024.0 * 1024.0);
    }

    /** The six sections, {@code pages} pages of prose between them, in paragraphs, without figures to cross-check. */
    static Map<Section, String> text(int pages) {
        int perSection = pages * CHARACTERS_PER_PAGE / Section.values().length;
        Map<Section, String> text = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            StringBuilder body = new StringBuilder();
            while (body.length() < perSection) {
                body.append(SENTENCE).append(SENTENCE).append(SENTENCE).append('\n');
            }
            text.put(section, body.toString().strip());
        }
        return text;
    }
}
