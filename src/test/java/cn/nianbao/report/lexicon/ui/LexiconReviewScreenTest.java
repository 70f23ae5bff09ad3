package cn.nianbao.report.lexicon.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.report.format.Section;
import cn.nianbao.workflow.ReportJourney;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 保密审查员 sees a 错敏词 of the draft among the findings beside the decision, with its reason. */
class LexiconReviewScreenTest extends UiTest {

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Test
    void the_review_screen_lists_an_outdated_body_name_with_its_reason() {
        TestAgency agency = testAgencies.create();
        long reportId = journey.drafted(
                agency, 2025, Map.of(Section.S1, "本机关配合环境保护部开展检查，会同环境保护部门整改。"), ReportJourney.CONSISTENT_FIGURES);
        String task = journey.taskOf(agency.secrecy(), reportId).taskId();

        login(agency.secrecy());
        UI.getCurrent().navigate("tasks/" + task);

        assertThat(_find(ListItem.class, spec -> spec.withAttribute("data-rule", "LEXICON")))
                .extracting(ListItem::getText)
                .containsExactly("警告：正文「一、总体情况」第 6 字处有错敏词“环境保护部”：2018年机构改革后已不再保留，现为生态环境部。");
    }
}
