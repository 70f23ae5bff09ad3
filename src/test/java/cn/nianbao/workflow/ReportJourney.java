package cn.nianbao.workflow;

import static org.awaitility.Awaitility.await;

import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Drives a report through the approval chain through the services, each step as the person whose step it is: what
 * several tests need before they can look at their own concern (the portal, the downloads, two nodes).
 */
@Component
public class ReportJourney {

    private final ReportWorkflow workflow;
    private final ReportService reports;
    private final PublicationService publications;
    private final Logins logins;

    ReportJourney(ReportWorkflow workflow, ReportService reports, PublicationService publications, Logins logins) {
        this.workflow = workflow;
        this.reports = reports;
        this.publications = publications;
        this.logins = logins;
    }

    public long start(TestAgency agency, int year) {
        return logins.as(agency.handler(), () -> workflow.startReport(year));
    }

    public void save(TestAgency agency, long reportId, Map<Section, String> text, Map<String, BigDecimal> cells) {
        saveAs(agency.handler(), reportId, text, cells);
    }

    /** Saves as {@code drafter}, who must hold the 起草 task. */
    public void saveAs(String drafter, long reportId, Map<Section, String> text, Map<String, BigDecimal> cells) {
        logins.as(drafter, () -> {
            ReportView view = reports.view(reportId);
            reports.saveDraft(reportId, view.version(), new ReportContent(text, new ReportTables(cells)));
        });
    }

    /** A consistent draft: {@code text} as section 一 and {@code applications} new applications, all but one granted. */
    public void saveApplications(TestAgency agency, long reportId, String text, int applications) {
        saveApplicationsAs(agency.handler(), reportId, text, applications);
    }

    /** {@link #saveApplications} by {@code drafter}, who must hold the 起草 task. */
    public void saveApplicationsAs(String drafter, long reportId, String text, int applications) {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(applications));
        cells.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(applications - 1));
        cells.put(Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.ONE);
        cells.put(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2));
        saveAs(drafter, reportId, Map.of(Section.S1, text, Section.S6, "本年度未收取信息处理费。"), cells);
    }

    /** Started, saved with {@link #saveApplications} and submitted by the handler. */
    public long submittedWith(TestAgency agency, int year, String text, int applications) {
        long reportId = start(agency, year);
        saveApplications(agency, reportId, text, applications);
        submit(agency, reportId);
        return reportId;
    }

    /** Submits, with a note in case the checks warn (one test agency often drafts several years). */
    public void submit(TestAgency agency, long reportId) {
        logins.as(
                agency.handler(),
                () -> workflow.submit(taskOf(agency.handler(), reportId).taskId(), "测试机关的各年度数据彼此独立"));
    }

    public long drafted(TestAgency agency, int year, Map<Section, String> text, Map<String, BigDecimal> cells) {
        long reportId = start(agency, year);
        save(agency, reportId, text, cells);
        submit(agency, reportId);
        return reportId;
    }

    /** 保密审查, 分管领导审核 and 主要领导签发, each approving without an opinion. */
    /** The reviewer takes their step (认领) and delegates it (委派) with {@code opinion}. */
    public void claimAndDelegate(String reviewer, long reportId, String delegate, String opinion) {
        logins.as(reviewer, () -> {
            String task = taskOf(reviewer, reportId).taskId();
            workflow.claim(task);
            workflow.delegate(task, delegate, opinion);
        });
    }

    public void approveAll(TestAgency agency, long reportId) {
        for (String reviewer : List.of(agency.secrecy(), agency.supervisor(), agency.lead())) {
            logins.as(
                    reviewer, () -> workflow.approve(taskOf(reviewer, reportId).taskId(), null));
        }
    }

    public PublishedReport published(
            TestAgency agency, int year, Map<Section, String> text, Map<String, BigDecimal> cells) {
        long reportId = drafted(agency, year, text, cells);
        approveAll(agency, reportId);
        return awaitPublished(reportId);
    }

    /** Publication is an asynchronous job after the sign-off: waits for it. */
    public PublishedReport awaitPublished(long reportId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> publicationOf(reportId), p -> p != null);
    }

    public PublishedReport publicationOf(long reportId) {
        return publications.list().stream()
                .filter(p -> p.reportId() == reportId)
                .findFirst()
                .orElse(null);
    }

    public WorkItem taskOf(String username, long reportId) {
        return logins.as(username, () -> workflow.inbox()).stream()
                .filter(w -> w.reportId() == reportId)
                .findFirst()
                .orElseThrow();
    }

    /** Figures that pass the cross-checks, so that a sign-off is not refused. */
    public static final Map<String, BigDecimal> CONSISTENT_FIGURES = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4),
            Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1),
            T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2),
            T2Cell.FEES_AMOUNT.id(), new BigDecimal("1.5"));

    /** Section text with {@code s1} as 一、总体情况. */
    public static Map<Section, String> texts(String s1) {
        return Map.of(Section.S1, s1, Section.S5, "信息公开的及时性有待提高。", Section.S6, "本年度收取信息处理费0元。");
    }
}
