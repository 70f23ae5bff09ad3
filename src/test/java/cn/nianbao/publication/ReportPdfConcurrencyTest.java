package cn.nianbao.publication;

import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.report.ReportView;
import cn.nianbao.workflow.ReportJourney;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two visitors downloading PDFs at the same moment (ReportPdf lets two renders run at once, and they share the parsed
 * fonts between renders): each gets the whole report, the same text as a render on its own.
 */
@NianbaoTest
class ReportPdfConcurrencyTest {

    private static final int RENDERS = 6;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    PublicationService publications;

    @Autowired
    ReportPdf pdf;

    @Test
    void renders_running_at_once_each_give_the_full_report() throws Exception {
        PublishedReport entry =
                journey.published(testAgencies.create(), 2025, texts("本机关依法推进政务公开工作。"), ReportDownloadsTest.figures());
        ReportView report = publications.content(entry.publicationId()).orElseThrow();
        String alone = text(pdf.render(entry, StandardLayout.of(report)));

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> renders = new ArrayList<>();
            for (int i = 0; i < RENDERS; i++) {
                renders.add(() -> text(pdf.render(entry, StandardLayout.of(report))));
            }
            for (Future<String> rendered : two.invokeAll(renders)) {
                assertThat(rendered.get()).isEqualTo(alone);
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(alone.replaceAll("\\s+", "")).contains("本机关依法推进政务公开工作。", entry.title());
    }

    private static String text(byte[] rendered) {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
