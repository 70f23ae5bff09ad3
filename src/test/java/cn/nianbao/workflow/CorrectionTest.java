package cn.nianbao.workflow;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.publication.PublicationService;
import cn.nianbao.publication.PublishedReport;
import cn.nianbao.publication.PublishedVersion;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Logins;
import cn.nianbao.support.SameMoment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 更正 through the service layer: a new edition through the same chain, the published edition never changing. */
@NianbaoTest
class CorrectionTest {

    private static final int YEAR = 2024;
    private static final String NOTE = "表三「本年新收」自然人数字填报有误，由5件更正为6件。";

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    ReportReads lifecycle;

    @Autowired
    ReportHistory history;

    @Autowired
    PublicationService publications;

    @Autowired
    Logins logins;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    private TestAgency agency;
    private PublishedReport first;

    @BeforeEach
    void publishedReport() {
        agency = testAgencies.create();
        first = journey.published(agency, YEAR, texts("初次发布的总体情况。"), CONSISTENT_FIGURES);
    }

    @Test
    void a_correction_goes_through_the_chain_and_replaces_the_published_edition_which_never_changes() {
        long correctionId = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));

        ReportView draft = logins.as(agency.handler(), () -> reports.view(correctionId));
        ReportView published = lifecycle.read(first.reportId());
        assertThat(draft.content().sections()).isEqualTo(published.content().sections());
        assertThat(draft.content().tables().values())
                .isEqualTo(published.content().tables().values());
        assertThat(draft.stage()).isEqualTo(ReportStage.DRAFTING);
        assertThat(lifecycle.read(first.reportId()).stage()).isEqualTo(ReportStage.CORRECTING);
        assertThat(ReportStage.DRAFTING.label(lifecycle.edition(correctionId).edition()))
                .isEqualTo("更正中（起草）");
        assertThat(journey.taskOf(agency.handler(), correctionId).step()).isEqualTo(ReportStage.DRAFTING);

        journey.save(agency, correctionId, texts("更正后的总体情况。"), CONSISTENT_FIGURES);
        journey.submit(agency, correctionId);
        journey.approveAll(agency, correctionId);
        PublishedReport corrected = journey.awaitPublished(correctionId);

        assertThat(lifecycle.read(first.reportId()).content().text(Section.S1)).isEqualTo("初次发布的总体情况。");
        assertThat(lifecycle.read(first.reportId()).stage()).isEqualTo(ReportStage.SUPERSEDED);
        assertThat(lifecycle.read(correctionId).stage()).isEqualTo(ReportStage.PUBLISHED);
        assertThat(lifecycle.edition(correctionId).correctionNote()).isEqualTo(NOTE);
        assertThat(publications.list())
                .filteredOn(p -> p.agencyName().equals(agency.name()))
                .extracting(PublishedReport::reportId)
                .containsExactly(correctionId);
        assertThat(publications.versions(first.publicationId()))
                .extracting(PublishedVersion::publicationId, PublishedVersion::number, PublishedVersion::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.publicationId(), 1, false),
                        org.assertj.core.groups.Tuple.tuple(corrected.publicationId(), 2, true));
        assertThat(history(first.reportId()))
                .extracting(ReportHistoryItem::action)
                .endsWith(HistoryAction.PUBLISHED, HistoryAction.CORRECTION_STARTED, HistoryAction.SUPERSEDED);
        assertThat(history(correctionId)).first().satisfies(item -> {
            assertThat(item.action()).isEqualTo(HistoryAction.CORRECTION_STARTED);
            assertThat(item.opinion()).isEqualTo(NOTE);
        });
    }

    @Test
    void the_corrected_edition_can_be_corrected_again_but_the_superseded_one_cannot() {
        long second = logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));
        journey.submit(agency, second);
        journey.approveAll(agency, second);
        journey.awaitPublished(second);

        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE)))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("现行版本");
        long third = logins.as(agency.handler(), () -> workflow.startCorrection(second, "再次更正附件说明。"));

        assertThat(lifecycle.edition(third).edition()).isEqualTo(3);
        assertThat(lifecycle.edition(third).correctsId()).isEqualTo(second);
    }

    @Test
    void a_correction_needs_a_note_and_a_handler_of_the_agency_and_only_one_runs_at_a_time() {
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), "  ")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("更正说明");
        assertThatThrownBy(() -> logins.as(agency.secrecy(), () -> workflow.startCorrection(first.reportId(), NOTE)))
                .isInstanceOf(WorkflowActionException.class)
                .hasMessageContaining("经办人员");
        TestAgency other = testAgencies.create();
        assertThatThrownBy(() -> logins.as(other.handler(), () -> workflow.startCorrection(first.reportId(), NOTE)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(lifecycle.read(first.reportId()).stage()).isEqualTo(ReportStage.PUBLISHED);
        assertThat(logins.as(agency.handler(), () -> workflow.canCorrect(first.reportId())))
                .isTrue();

        logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));

        assertThat(logins.as(agency.handler(), () -> workflow.canCorrect(first.reportId())))
                .isFalse();
        assertThatThrownBy(() -> logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE)))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("正在办理");
        assertThat(logins.as(agency.handler(), () -> reports.readableReports()))
                .filteredOn(r -> r.year() == YEAR)
                .extracting(r -> r.stage().label(r.edition()))
                .containsExactly("更正中（起草）", "更正中");
    }

    @Test
    void two_corrections_started_at_the_same_moment_make_one_new_edition() throws Exception {
        List<String> results = SameMoment.run(2, () -> {
            try {
                logins.as(agency.handler(), () -> workflow.startCorrection(first.reportId(), NOTE));
                return "started";
            } catch (UserFacingException e) {
                return e.getMessage();
            }
        });

        assertThat(results).containsOnlyOnce("started").hasSize(2);
        assertThat(results)
                .filteredOn(r -> !r.equals("started"))
                .singleElement()
                .satisfies(message -> assertThat(message).containsAnyOf("刚由他人发起", "正在办理"));
        assertThat(logins.as(agency.handler(), () -> reports.readableReports()))
                .extracting(r -> r.edition())
                .containsExactly(2, 1);
        assertThat(history(first.reportId()))
                .filteredOn(h -> h.action() == HistoryAction.CORRECTION_STARTED)
                .hasSize(1);
    }

    private List<ReportHistoryItem> history(long reportId) {
        return history.of(reportId);
    }
}
