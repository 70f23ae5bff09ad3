package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.ReportStage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 审批分离: whoever drafts or submitted a report does none of its review steps; drafting is never refused. */
class SeparationOfDutiesTest {

    @Test
    void the_drafter_and_every_submitter_are_kept_from_each_review_step() {
        for (ReportStage review : ReportStage.CHAIN.subList(1, ReportStage.CHAIN.size())) {
            assertThat(SeparationOfDuties.excludes("zhang", review, "zhang", Set.of()))
                    .as(review.name())
                    .isTrue();
            assertThat(SeparationOfDuties.excludes("chen", review, "zhang", Set.of("zhang", "chen")))
                    .isTrue();
            assertThat(SeparationOfDuties.excludes("li", review, "zhang", Set.of("chen")))
                    .isFalse();
        }
    }

    @Test
    void drafting_is_never_refused_and_the_refusal_says_why() {
        assertThat(SeparationOfDuties.excludes("zhang", ReportStage.DRAFTING, "zhang", Set.of("zhang")))
                .isFalse();
        assertThat(SeparationOfDuties.refusal(ReportStage.SECRECY_REVIEW))
                .contains("审批分离")
                .contains("保密审查");
    }
}
