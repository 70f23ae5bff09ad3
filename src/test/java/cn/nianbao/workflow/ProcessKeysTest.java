package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The names the code and the BPMN share: each step of the chain has its task, its role and its return decision. */
class ProcessKeysTest {

    @Test
    void every_step_of_the_chain_maps_to_its_task_and_back() {
        for (ReportStage step : ReportStage.CHAIN) {
            assertThat(ProcessKeys.stageOf(ProcessKeys.taskKeyOf(step))).isEqualTo(step);
        }
        assertThat(ProcessKeys.stageOf(ProcessKeys.PART_TASK)).isEqualTo(ReportStage.DRAFTING);
        assertThatThrownBy(() -> ProcessKeys.taskKeyOf(ReportStage.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_step_is_done_by_its_role() {
        assertThat(ReportStage.CHAIN.stream().map(ProcessKeys::roleOf))
                .containsExactly(Role.HANDLER, Role.SECRECY_REVIEWER, Role.SUPERVISOR, Role.LEAD);
    }

    /** The decisions the code sends are the ones the BPMN's gateways test, and every task key is in the BPMN. */
    @Test
    void the_names_used_in_code_are_the_ones_in_the_bpmn() throws IOException {
        String bpmn = resource("/processes/annual-report.bpmn20.xml");

        assertThat(bpmn).contains("id=\"" + ProcessKeys.PROCESS + "\"");
        for (ReportStage step : ReportStage.CHAIN) {
            assertThat(bpmn).contains("<userTask id=\"" + ProcessKeys.taskKeyOf(step) + "\"");
        }
        assertThat(bpmn)
                .contains("decision == '" + ProcessKeys.APPROVE + "'")
                .contains("decision == '" + ProcessKeys.returnDecision(ReportStage.DRAFTING) + "'")
                .contains("decision == '" + ProcessKeys.returnDecision(ReportStage.SECRECY_REVIEW) + "'")
                .contains("decision == '" + ProcessKeys.returnDecision(ReportStage.SUPERVISOR_REVIEW) + "'");
        assertThat(bpmn)
                .contains("<subProcess id=\"parts\" name=\"分工起草\" triggeredByEvent=\"true\">")
                .contains("<message id=\"partAssignedMessage\" name=\"" + ProcessKeys.PART_ASSIGNED + "\"/>")
                .contains("<message id=\"partCancelledMessage\" name=\"" + ProcessKeys.PART_CANCELLED + "\"/>")
                .contains("<userTask id=\"" + ProcessKeys.PART_TASK + "\"");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ProcessKeysTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
