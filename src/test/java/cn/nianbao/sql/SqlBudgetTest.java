package cn.nianbao.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.desk.DueWork;
import cn.nianbao.desk.WorkList;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.report.ListFilter;
import cn.nianbao.report.PersonalLists;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * How many SQL statements the everyday operations send to the database, against the budgets in {@link SqlBudget}:
 * a change that adds statements fails here. Counts are deterministic, so they are asserted; time is not, so it is not.
 */
@NianbaoTest
@Import(SqlCounting.class)
class SqlBudgetTest {

    private static final String WARNING_NOTE = "测试机关的各年度数据彼此独立";

    @Autowired
    StatementCounter sql;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    WorkList work;

    @Autowired
    PublicationService publications;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Logins logins;

    @Autowired
    PersonalLists personalLists;

    @Autowired
    WebApplicationContext web;

    private MockMvc mvc;

    @BeforeEach
    void anonymousBrowser() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void submitting_a_draft_stays_within_its_budget() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, TEXT, FIGURES);
        String taskId = journey.taskOf(agency.handler(), reportId).taskId();

        List<String> statements = as(agency.handler(), () -> workflow.submit(taskId, WARNING_NOTE));

        assertWithin(SqlBudget.SUBMIT, statements);
    }

    @Test
    void one_review_step_stays_within_its_budget() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(agency, 2025, TEXT, FIGURES);
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();

        List<String> statements = as(agency.secrecy(), () -> workflow.approve(taskId, "同意"));

        assertWithin(SqlBudget.APPROVE, statements);
    }

    @Test
    void the_inbox_sends_the_same_statements_for_five_tasks_as_for_one() {
        TestAgency withOne = agencyWithSubmittedReports(1);
        TestAgency withFive = agencyWithSubmittedReports(5);

        List<String> forOne = inboxStatements(withOne.secrecy(), 1);
        List<String> forFive = inboxStatements(withFive.secrecy(), 5);

        assertWithin(SqlBudget.INBOX, forOne);
        assertSameCount("inbox", "5 tasks", forFive, "1 task", forOne);
    }

    @Test
    void a_page_of_each_desk_list_sends_the_same_statements_for_five_reports_as_for_one() {
        TestAgency withOne = agencyWithSubmittedReports(1);
        TestAgency withFive = agencyWithSubmittedReports(5);

        for (String list : List.of("已办", "我发起的", "办结")) {
            List<String> forOne = deskListStatements(withOne.handler(), list, 1);
            List<String> forFive = deskListStatements(withFive.handler(), list, 5);

            assertWithin(SqlBudget.DESK_LIST_PAGE, forOne);
            assertSameCount(list, "5 reports", forFive, "1 report", forOne);
        }
    }

    @Test
    void the_portal_list_sends_the_same_statements_whatever_the_number_of_reports() {
        publish(testAgencies.create(), 2025);
        int before = publications.list().size();
        List<String> forFew = statementsOfGet("/public");
        TestAgency another = testAgencies.create();
        publish(another, 2024);
        publish(another, 2025);
        assertThat(publications.list()).hasSize(before + 2);

        List<String> forMore = statementsOfGet("/public");

        assertWithin(SqlBudget.PORTAL_LIST, forFew);
        assertSameCount("portal list", (before + 2) + " reports", forMore, before + " reports", forFew);
    }

    @Test
    void the_public_report_page_stays_within_its_budget() {
        PublishedReport published = publish(testAgencies.create(), 2025);
        // the edition's files are stored right after publication, as a visitor finds them a moment later
        deliveries.awaitAll();

        List<String> statements = statementsOfGet("/public/reports/" + published.publicationId());

        assertWithin(SqlBudget.PUBLIC_REPORT_PAGE, statements);
    }

    /**
     * The public pages, and the API's report that other systems poll, are kept rendered: the budgets above are the
     * cost of the first visit, later ones cost none.
     */
    @Test
    void a_public_page_shown_again_sends_no_statement() {
        PublishedReport published = publish(testAgencies.create(), 2025);

        for (String path : List.of(
                "/public",
                "/public/reports/" + published.publicationId(),
                "/public/agencies/" + published.agencyId(),
                "/public/api/v1/reports/" + published.publicationId())) {
            statementsOfGet(path);
            assertThat(statementsOfGet(path)).as("second GET %s", path).isEmpty();
        }
    }

    private TestAgency agencyWithSubmittedReports(int count) {
        TestAgency agency = testAgencies.create();
        for (int year = 2021; year < 2021 + count; year++) {
            journey.drafted(agency, year, TEXT, FIGURES);
        }
        return agency;
    }

    private List<String> inboxStatements(String reviewer, int expectedTasks) {
        AtomicReference<List<DueWork>> inbox = new AtomicReference<>();
        List<String> statements = as(reviewer, () -> inbox.set(work.mine()));
        assertThat(inbox.get()).hasSize(expectedTasks);
        return statements;
    }

    /** 办结 lists none of the submitted reports (none is published): its page is counted all the same. */
    private List<String> deskListStatements(String handler, String list, int submitted) {
        AtomicReference<List<?>> page = new AtomicReference<>();
        List<String> statements = as(
                handler,
                () -> page.set(
                        switch (list) {
                            case "已办" -> personalLists.acted(ListFilter.ALL, 0, 50);
                            case "我发起的" -> personalLists.started(ListFilter.ALL, 0, 50);
                            default -> personalLists.finished(ListFilter.ALL, 0, 50);
                        }));
        assertThat(page.get()).as(list).hasSize(list.equals("办结") ? 0 : submitted);
        return statements;
    }

    private PublishedReport publish(TestAgency agency, int year) {
        return journey.published(agency, year, TEXT, FIGURES);
    }

    /** Counted after the login, as in a request of a signed-in person (the session already holds who they are). */
    private List<String> as(String username, Runnable action) {
        return logins.as(username, () -> sql.during(action));
    }

    private List<String> statementsOfGet(String path) {
        return sql.during(() -> {
            try {
                mvc.perform(get(path)).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void assertWithin(SqlBudget budget, List<String> statements) {
        assertThat(statements.size())
                .as(
                        "%s sent %d SQL statements, its budget is %d:%n  %s",
                        budget, statements.size(), budget.statements, String.join("\n  ", statements))
                .isLessThanOrEqualTo(budget.statements);
    }

    /** One statement per row would show here as a count that grows with the rows. */
    private static void assertSameCount(
            String operation, String more, List<String> forMore, String fewer, List<String> forFewer) {
        assertThat(forMore.size())
                .as(
                        "%s sent %d SQL statements for %s but %d for %s (N+1):%n  %s",
                        operation, forMore.size(), more, forFewer.size(), fewer, String.join("\n  ", forMore))
                .isEqualTo(forFewer.size());
    }

    private static final Map<Section, String> TEXT =
            Map.of(Section.S1, "本局依法做好政府信息公开工作。", Section.S5, "信息公开的及时性有待提高。", Section.S6, "本年度收取信息处理费0元。");

    /** Figures that pass the cross-checks, so the sign-off is not refused. */
    private static final Map<String, BigDecimal> FIGURES = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4),
            Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1),
            T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2),
            T2Cell.FEES_AMOUNT.id(), new BigDecimal("1.5"));
}
