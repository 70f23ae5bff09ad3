package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a return goes to, and who may withdraw, read from a report's history alone. */
class StepHistoryTest {

    private final List<ReportHistoryItem> items = new ArrayList<>();

    @Test
    void the_lead_may_return_to_every_step_the_report_went_through_each_to_who_did_it_last() {
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "zhang");
        step(ReportStage.SECRECY_REVIEW, HistoryAction.APPROVED, "li");
        step(ReportStage.SUPERVISOR_REVIEW, HistoryAction.RETURNED, "wang");
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "chen");
        step(ReportStage.SECRECY_REVIEW, HistoryAction.CLAIMED, "zhou");
        step(ReportStage.SECRECY_REVIEW, HistoryAction.APPROVED, "zhou");
        step(ReportStage.SUPERVISOR_REVIEW, HistoryAction.APPROVED, "wang");

        assertThat(new StepHistory(items).returnTargets(ReportStage.LEAD_SIGNOFF))
                .extracting(ReturnTarget::step, ReturnTarget::username)
                .containsExactly(
                        tuple(ReportStage.DRAFTING, "chen"),
                        tuple(ReportStage.SECRECY_REVIEW, "zhou"),
                        tuple(ReportStage.SUPERVISOR_REVIEW, "wang"));
    }

    @Test
    void a_step_the_report_has_not_been_through_is_no_target_and_the_first_review_returns_only_to_the_draft() {
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "zhang");

        assertThat(new StepHistory(items).returnTargets(ReportStage.SECRECY_REVIEW))
                .extracting(ReturnTarget::step)
                .containsExactly(ReportStage.DRAFTING);
        assertThat(new StepHistory(items).returnTargets(ReportStage.LEAD_SIGNOFF))
                .extracting(ReturnTarget::step)
                .containsExactly(ReportStage.DRAFTING);
    }

    @Test
    void copies_and_reminders_are_not_someone_acting_on_the_task() {
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "zhang");
        step(ReportStage.SECRECY_REVIEW, HistoryAction.COPIED, "li");
        step(ReportStage.SECRECY_REVIEW, HistoryAction.URGED, "zhang");

        assertThat(new StepHistory(items).lastActing()).hasValueSatisfying(item -> {
            assertThat(item.action()).isEqualTo(HistoryAction.SUBMITTED);
            assertThat(item.actorUsername()).isEqualTo("zhang");
        });
    }

    private void step(ReportStage stage, HistoryAction action, String who) {
        items.add(new ReportHistoryItem(
                items.size() + 1, stage, action, who, who, null, null, Instant.ofEpochSecond(items.size())));
    }
}
