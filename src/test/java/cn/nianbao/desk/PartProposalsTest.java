package cn.nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.ContentChanges;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.PartProposals;
import cn.nianbao.report.ProposalView;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A part taken back while its owner typed (issue 14): the owner's text is kept for the drafter as a proposal, which
 * only the part's former owner may leave, and only while the report is drafted.
 */
@NianbaoTest
class PartProposalsTest {

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    PartProposals proposals;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    TrailReader trail;

    private TestAgency agency;
    private String liu;
    private String zhao;
    private long reportId;
    private String draftTask;

    @BeforeEach
    void aDraftWithSection2HandedToLiu() {
        agency = testAgencies.create();
        liu = testAgencies.addPerson(agency, "liu", "刘分工", Role.HANDLER);
        zhao = testAgencies.addPerson(agency, "zhao", "赵经办", Role.HANDLER);
        reportId = journey.start(agency, 2025);
        journey.save(agency, reportId, ReportJourney.texts("本年度总体情况。"), ReportJourney.CONSISTENT_FIGURES);
        draftTask = journey.taskOf(agency.handler(), reportId).taskId();
        logins.as(agency.handler(), () -> workflow.assignPart(draftTask, DraftPart.S2, liu));
    }

    @Test
    void the_former_owner_s_text_is_kept_in_the_history_and_shown_against_the_draft_without_changing_it() {
        logins.as(agency.handler(), () -> workflow.cancelPart(draftTask, DraftPart.S2));
        ReportView stored = logins.as(agency.handler(), () -> reports.view(reportId));
        ReportContent before = stored.content();

        long historyId = logins.as(
                liu,
                () -> proposals
                        .propose(reportId, Set.of(DraftPart.S2), typed(before, Section.S2, "本年主动公开文件12件。"))
                        .orElseThrow());

        logins.as(agency.handler(), () -> {
            assertThat(reports.view(reportId).version())
                    .as("the draft is as it was")
                    .isEqualTo(stored.version());
            assertThat(reports.view(reportId).content().text(Section.S2)).isEmpty();
            ReportHistoryItem entry = reports.history(reportId).getLast();
            assertThat(entry.id()).isEqualTo(historyId);
            assertThat(entry.action()).isEqualTo(HistoryAction.PART_PROPOSAL);
            assertThat(entry.actorName()).isEqualTo("刘分工");
            assertThat(entry.detail()).isEqualTo("「二、主动公开政府信息情况」修改建议（已取消分工后提交）");
            assertThat(reports.versionedSteps(reportId)).contains(historyId);
            ContentChanges changes = reports.changesAt(reportId, historyId).orElseThrow();
            assertThat(changes.texts())
                    .singleElement()
                    .satisfies(t -> assertThat(t.section()).isEqualTo(Section.S2));
            ProposalView proposal = proposals.proposal(reportId, historyId).orElseThrow();
            assertThat(proposal.applied().text(Section.S2)).isEqualTo("本年主动公开文件12件。");
            assertThat(proposal.applied().text(Section.S1))
                    .as("only the part proposed counts")
                    .isEqualTo("本年度总体情况。");
        });
    }

    @Test
    void someone_who_never_held_the_part_or_holds_it_still_is_refused_and_the_refusal_recorded() {
        ReportContent before =
                logins.as(agency.handler(), () -> reports.view(reportId).content());
        ReportContent typed = typed(before, Section.S2, "不该留下的建议。");

        assertThatThrownBy(() -> logins.as(liu, () -> proposals.propose(reportId, Set.of(DraftPart.S2), typed)))
                .as("the part is still theirs: they save, not propose")
                .isInstanceOf(ReportInputException.class)
                .hasMessage("只有该部分原来的分工起草人可以提交修改建议。本次未保存。");
        logins.as(agency.handler(), () -> workflow.cancelPart(draftTask, DraftPart.S2));
        assertThatThrownBy(() -> logins.as(zhao, () -> proposals.propose(reportId, Set.of(DraftPart.S2), typed)))
                .isInstanceOf(ReportInputException.class);
        assertThatThrownBy(() -> logins.as(liu, () -> proposals.propose(reportId, Set.of(DraftPart.S1), typed)))
                .as("a part they never had")
                .isInstanceOf(ReportInputException.class);

        assertThat(trail.byActor(zhao)).extracting(AuditEntry::actionCode).contains("DRAFT_EDIT_REFUSED");
        logins.as(
                agency.handler(),
                () -> assertThat(reports.history(reportId))
                        .extracting(ReportHistoryItem::action)
                        .doesNotContain(HistoryAction.PART_PROPOSAL));
    }

    @Test
    void once_the_report_is_submitted_no_proposal_is_taken() {
        logins.as(agency.handler(), () -> workflow.cancelPart(draftTask, DraftPart.S2));
        journey.submit(agency, reportId);
        ReportContent before =
                logins.as(agency.handler(), () -> reports.view(reportId).content());

        assertThatThrownBy(() -> logins.as(
                        liu, () -> proposals.propose(reportId, Set.of(DraftPart.S2), typed(before, Section.S2, "晚了。"))))
                .isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith("报告已提交");
    }

    private static ReportContent typed(ReportContent before, Section section, String text) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            texts.put(s, s == section ? text : before.text(s));
        }
        return new ReportContent(texts, before.tables());
    }
}
