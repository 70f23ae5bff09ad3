package cn.nianbao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's and the API's search by an agency's name: what a citizen types finds the agency (issue 19). */
class PortalQueryTest {

    private static final PublishedReport SCIENCE = entry(1, "温县科学技术局");
    private static final PublishedReport POLICE = entry(2, "温县公安局");

    @Test
    void an_abbreviation_finds_the_agency_whose_name_has_its_characters_in_order() {
        assertThat(PortalQuery.of("科技", null).apply(List.of(SCIENCE, POLICE))).containsExactly(SCIENCE);
        assertThat(PortalQuery.of("温县 公安", null).apply(List.of(SCIENCE, POLICE)))
                .containsExactly(POLICE);
        assertThat(PortalQuery.of("县局", null).apply(List.of(SCIENCE, POLICE))).containsExactly(SCIENCE, POLICE);
    }

    @Test
    void characters_out_of_order_or_missing_find_nothing() {
        assertThat(PortalQuery.of("技科", null).apply(List.of(SCIENCE, POLICE))).isEmpty();
        assertThat(PortalQuery.of("科技厅", null).apply(List.of(SCIENCE, POLICE))).isEmpty();
    }

    private static PublishedReport entry(long id, String agency) {
        return new PublishedReport(id, id, agency, 2024, agency + "2024年政府信息公开工作年度报告", Instant.EPOCH, id);
    }
}
