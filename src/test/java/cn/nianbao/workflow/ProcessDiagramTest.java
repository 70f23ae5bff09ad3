package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.diagram.SvgDocuments;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The process diagram of a report: the path the report really took, the step open now, and who may see it. */
@NianbaoTest
class ProcessDiagramTest {

    private static final int YEAR = 2025;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ProcessDiagram diagrams;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    private TestAgency agency;

    @BeforeEach
    void newAgency() {
        agency = testAgencies.create();
    }

    @Test
    void a_report_returned_by_the_secrecy_review_and_resubmitted_shows_the_return_taken_and_the_review_current() {
        long reportId = drafted();
        logins.as(
                agency.secrecy(),
                () -> workflow.returnForRevision(
                        journey.taskOf(agency.secrecy(), reportId).taskId(), "第五部分需补充说明"));
        journey.submit(agency, reportId);

        Map<String, List<String>> classes = SvgDocuments.classesById(
                logins.as(agency.handler(), () -> diagrams.of(reportId).orElseThrow()));

        assertThat(classes.get("start")).contains("taken");
        assertThat(classes.get("draft")).contains("taken", "task").doesNotContain("current", "not-taken");
        assertThat(classes.get("secrecyReturned")).contains("flow", "taken").doesNotContain("not-taken");
        assertThat(classes.get("toSecrecyReview")).contains("taken");
        assertThat(classes.get("secrecyReview")).contains("current").doesNotContain("not-taken");
        assertThat(classes.get("supervisorReturned")).contains("not-taken");
        assertThat(classes.get("leadReturned")).contains("not-taken");
        assertThat(classes.get("secrecyApproved")).contains("not-taken");
        assertThat(classes.get("supervisorReview")).contains("not-taken");
        assertThat(classes.get("end")).contains("not-taken");
        assertThat(classes.values()).filteredOn(c -> c.contains("current")).hasSize(1);
    }

    @Test
    void a_published_report_shows_publication_and_the_end_taken_and_no_current_step() {
        long reportId = drafted();
        journey.approveAll(agency, reportId);
        journey.awaitPublished(reportId);

        Map<String, List<String>> classes = SvgDocuments.classesById(
                logins.as(agency.lead(), () -> diagrams.of(reportId).orElseThrow()));

        assertThat(classes.get("leadApproved")).contains("taken");
        assertThat(classes.get("publish")).contains("taken");
        assertThat(classes.get("toEnd")).contains("taken");
        assertThat(classes.get("end")).contains("taken", "event");
        assertThat(classes.get("secrecyReturned")).contains("not-taken");
        assertThat(classes.values()).noneMatch(c -> c.contains("current"));
    }

    @Test
    void a_person_of_another_agency_gets_the_same_not_found_as_elsewhere() {
        long reportId = drafted();
        TestAgency other = testAgencies.create();

        for (String outsider : List.of(other.handler(), other.secrecy(), other.lead())) {
            assertThatThrownBy(() ->
                            logins.as(outsider, () -> diagrams.of(reportId).orElseThrow()))
                    .isInstanceOf(ReportNotFoundException.class);
        }
        assertThat(logins.as(agency.secrecy(), () -> diagrams.of(reportId).orElseThrow()))
                .contains("data-element-id");
    }

    @Test
    void shapes_carry_the_chinese_names_and_the_size_comes_from_the_diagram_bounds() throws Exception {
        long reportId = drafted();
        String svg = logins.as(agency.handler(), () -> diagrams.of(reportId).orElseThrow());

        Element root = SvgDocuments.parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        // the end event's right edge is at 1540 in the BPMN file, plus the margin
        assertThat(Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]))
                .isEqualTo(1560);
        assertThat(root.getAttribute("width"))
                .as("scales to the page, not a fixed width")
                .isEqualTo("100%");
        assertThat(svg).contains(">保密审查<", ">主要领导签发<", ">退回修改<", ">签发<", ">通过<", ">主管部门备案<", ">无需备案<");
    }

    @Test
    void a_report_with_two_parts_shows_each_part_its_owner_and_how_it_stands_inside_drafting() throws Exception {
        String liu = testAgencies.addPerson(agency, "liufang", "刘芳", Role.HANDLER);
        String wang = testAgencies.addPerson(agency, "wang", "王起草", Role.HANDLER);
        long reportId = journey.start(agency, YEAR);
        String draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> {
            workflow.assignPart(draftTask, DraftPart.T3, liu);
            workflow.assignPart(draftTask, DraftPart.S2, wang);
            workflow.assignPart(draftTask, DraftPart.S6, wang);
            workflow.cancelPart(draftTask, DraftPart.S6);
        });
        String partTask = journey.taskOf(wang, reportId).taskId();
        logins.as(wang, () -> workflow.finishPart(partTask));

        String svg = logins.as(agency.handler(), () -> diagrams.of(reportId).orElseThrow());

        Map<String, List<String>> classes = SvgDocuments.classesById(svg);
        assertThat(classes.get("drafting")).contains("sub_process", "current");
        assertThat(classes.get("parts")).contains("event_sub_process", "current");
        assertThat(classes.get("draftPart")).contains("task", "current");
        assertThat(classes.get("partDone")).contains("taken");
        assertThat(classes.get("partCancelled"))
                .as("the boundary event waits on every open part but is not a current step")
                .contains("taken")
                .doesNotContain("current", "not-taken");
        assertThat(classes.get("partWithdrawn")).contains("taken").doesNotContain("not-taken");
        assertThat(classes.get("draft")).contains("current");
        NodeList rows = SvgDocuments.parse(svg).getElementsByTagName("g");
        Map<String, String> parts = new HashMap<>();
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.hasAttribute("data-part")) {
                parts.put(row.getAttribute("data-part"), row.getAttribute("class") + "|" + row.getTextContent());
            }
        }
        assertThat(parts)
                .containsOnlyKeys("T3", "S2", "S6")
                .hasEntrySatisfying(
                        "S6",
                        row -> assertThat(row).startsWith("part cancelled|").contains("王起草", "已取消"))
                .hasEntrySatisfying(
                        "T3",
                        row -> assertThat(row)
                                .startsWith("part open|")
                                .contains("「" + DraftPart.T3.label() + "」", "刘芳", "起草中"))
                .hasEntrySatisfying(
                        "S2",
                        row -> assertThat(row)
                                .startsWith("part finished|")
                                .contains("「" + DraftPart.S2.label() + "」", "王起草", "已完成"));
    }

    private long drafted() {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(5));
        cells.put(Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(4));
        cells.put(Cells.t3(T3Row.CARRY_OUT, T3Column.NP), BigDecimal.valueOf(1));
        cells.put(T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.valueOf(2));
        return journey.drafted(
                agency, YEAR, Map.of(Section.S1, "2025年，本局收到政府信息公开申请5件。", Section.S6, "本年度未收取信息处理费。"), cells);
    }

    /** Parsing as namespace-aware XML also proves the SVG well-formed: a stray '<' or '&' would throw here. */
}
