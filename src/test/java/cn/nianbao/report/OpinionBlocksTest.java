package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 意见栏 read from a history: what counts is the latest decision of the current round; the rest folds below. */
class OpinionBlocksTest {

    private final List<ReportHistoryItem> history = new ArrayList<>();

    @Test
    void after_a_return_and_a_second_round_each_step_shows_its_new_decision_and_the_earlier_one_below() {
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "张明", null);
        step(ReportStage.SECRECY_REVIEW, HistoryAction.APPROVED, "李保密", "同意。");
        step(ReportStage.SUPERVISOR_REVIEW, HistoryAction.RETURNED, "王分管", "第五部分过于笼统。");
        step(ReportStage.DRAFTING, HistoryAction.SUBMITTED, "张明", null);
        step(ReportStage.SECRECY_REVIEW, HistoryAction.APPROVED, "李保密", "同意，已核实。");

        List<OpinionBlocks.Block> blocks = OpinionBlocks.of(history);

        assertThat(blocks).extracting(OpinionBlocks.Block::title).containsExactly("保密审查意见", "分管领导审核意见", "主要领导签发意见");
        OpinionBlocks.Block secrecy = blocks.get(0);
        assertThat(secrecy.counting()).map(ReportHistoryItem::opinion).hasValue("同意，已核实。");
        assertThat(secrecy.earlier()).extracting(ReportHistoryItem::opinion).containsExactly("同意。");
        // the second round has not reached 分管领导: nothing counts yet, the return stays readable below
        OpinionBlocks.Block supervisor = blocks.get(1);
        assertThat(supervisor.counting()).isEmpty();
        assertThat(supervisor.earlier()).extracting(ReportHistoryItem::opinion).containsExactly("第五部分过于笼统。");
        assertThat(blocks.get(2).counting()).isEmpty();
        assertThat(blocks.get(2).earlier()).isEmpty();

        step(ReportStage.SUPERVISOR_REVIEW, HistoryAction.APPROVED, "王分管", "同意，请主要领导签发。");
        step(ReportStage.LEAD_SIGNOFF, HistoryAction.SIGNED, "赵主要", "同意发布。");
        blocks = OpinionBlocks.of(history);
        assertThat(blocks.get(1).counting()).map(ReportHistoryItem::actorName).hasValue("王分管");
        assertThat(blocks.get(2).counting()).map(ReportHistoryItem::opinion).hasValue("同意发布。");
    }

    @Test
    void a_report_never_submitted_has_three_empty_blocks() {
        step(ReportStage.DRAFTING, HistoryAction.CREATED, "张明", null);

        assertThat(OpinionBlocks.of(history)).allSatisfy(block -> {
            assertThat(block.counting()).isEmpty();
            assertThat(block.earlier()).isEmpty();
        });
    }

    private void step(ReportStage stage, HistoryAction action, String who, String opinion) {
        long id = history.size() + 1;
        history.add(new ReportHistoryItem(
                id,
                stage,
                action,
                "u" + id,
                who,
                opinion,
                null,
                Instant.parse("2026-01-05T02:00:00Z").plusSeconds(id)));
    }
}
