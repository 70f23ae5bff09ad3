package cn.nianbao.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.bench.BenchSettings;
import cn.nianbao.bench.ResultTable;
import cn.nianbao.report.ui.ReportEditor;
import cn.nianbao.workflow.BenchJourneys;
import cn.nianbao.workflow.ReportJourney;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B6: heap per signed-in Vaadin session with the report editor open. {@code sessions} sessions are opened in this JVM
 * (Karibu-Testing: the real views, services and database behind one servlet, no browser), each a different 经办人员
 * with their draft open in the editor, and kept referenced; the heap after a full GC, less the heap before, divided
 * by the number of sessions, is the cost of one. Target: ≤ 1 MB each.
 */
class B6SessionsBenchmark extends UiTest {

    private static final double TARGET_MB = 1.0;
    private static final int WARMUP = 3;

    static {
        // In development mode Vaadin keeps, for every component, a Throwable of where it was created and one of where
        // it was attached (for the IDE plugin and the dev tools); production mode, what a deployment runs, keeps
        // none. Off before the first component of this JVM (Vaadin reads it once), so that B6 counts a production
        // session: with it on, the stack traces were about 3.4 MB of the 4.9 MB a session.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    @Autowired
    BenchSettings settings;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    DataSource dataSource;

    @Test
    void each_session_with_the_editor_open_costs_little_heap() {
        int count = settings.b6().sessions();
        List<TestAgency> agencies = IntStream.range(0, WARMUP + count)
                .mapToObj(i -> testAgencies.create())
                .toList();
        List<String> drafts = agencies.stream()
                .map(a -> BenchJourneys.draftTaskId(journey, a))
                .toList();
        Function0<UI> uiFactory = UI::new;
        MockSpringServlet servlet =
                new MockSpringServlet(new Routes().autoDiscoverViews("cn.nianbao"), context, uiFactory);
        List<Object> kept = new ArrayList<>();

        for (int i = 0; i < WARMUP; i++) {
            kept.add(openEditor(servlet, uiFactory, agencies.get(i), drafts.get(i)));
        }
        long before = usedHeapAfterGc();
        B6HeapHistogram histogramBefore = B6HeapHistogram.take();
        for (int i = WARMUP; i < WARMUP + count; i++) {
            kept.add(openEditor(servlet, uiFactory, agencies.get(i), drafts.get(i)));
        }
        long after = usedHeapAfterGc();
        B6HeapHistogram.write(
                Path.of(settings.output(), "B6-histogram.md"),
                B6HeapHistogram.take().growthSince(histogramBefore, count, 40));
        double perSessionMb = (after - before) / (double) count / (1 << 20);
        assertThat(kept).hasSize(WARMUP + count).doesNotContainNull();

        new ResultTable("B6", "heap per signed-in Vaadin session, editor open")
                .value(
                        count + " sessions, heap after GC (after − before) / sessions",
                        String.format(Locale.ROOT, "%.2f MB", perSessionMb),
                        "≤ 1 MB",
                        perSessionMb / TARGET_MB)
                .note(String.format(
                        Locale.ROOT,
                        "heap used after full GC: %.1f MB before, %.1f MB after",
                        before / 1048576.0,
                        after / 1048576.0))
                .note("Karibu-Testing sessions in one JVM behind one servlet: the server-side state of a session "
                        + "(VaadinSession, UI, the editor's component tree, the signed-in user), no HTTP session "
                        + "container overhead and no push connection")
                .write(settings.output(), dataSource);
    }

    /** A new browser session: the handler signs in and opens their draft; returns the session to keep it alive. */
    private VaadinSession openEditor(
            MockSpringServlet servlet, Function0<UI> uiFactory, TestAgency agency, String taskId) {
        MockVaadin.setup(uiFactory, servlet);
        login(agency.handler());
        UI.getCurrent().navigate("tasks/" + taskId);
        assertThat(LocatorJ._find(ReportEditor.class)).hasSize(1);
        // What writing the response does: the page's changes and scripts are sent to the browser and forgotten.
        // Karibu writes no response, so without this each session kept them as if the page had never been sent.
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
        return VaadinSession.getCurrent();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
