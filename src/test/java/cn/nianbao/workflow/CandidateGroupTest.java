package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROLE@agency-code, as the BPMN writes a review step's candidate group, read and written in one place. */
class CandidateGroupTest {

    @Test
    void a_group_id_reads_back_to_its_role_and_agency() {
        CandidateGroup group = new CandidateGroup(Role.SECRECY_REVIEWER, "wx-kj");

        assertThat(group.id()).isEqualTo("SECRECY_REVIEWER@wx-kj");
        assertThat(CandidateGroup.parse(group.id())).contains(group);
    }

    @Test
    void an_id_no_bpmn_of_ours_writes_is_not_a_group() {
        assertThat(CandidateGroup.parse("SECRECY_REVIEWER")).isEmpty();
        assertThat(CandidateGroup.parse("NOBODY@wx-kj")).isEmpty();
        assertThat(CandidateGroup.parse("@wx-kj")).isEmpty();
        assertThat(CandidateGroup.parse("LEAD@")).isEmpty();
        assertThat(CandidateGroup.parse(null)).isEmpty();
    }

    @Test
    void a_person_belongs_to_one_group_per_role_in_their_agency() {
        Actor actor = new Actor(1, "li", "李华", 7, Set.of(Role.HANDLER, Role.SECRECY_REVIEWER));

        assertThat(CandidateGroup.idsOf(actor, "wx-kj"))
                .containsExactlyInAnyOrder("HANDLER@wx-kj", "SECRECY_REVIEWER@wx-kj");
    }
}
