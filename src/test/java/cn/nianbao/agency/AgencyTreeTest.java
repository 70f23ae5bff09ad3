package cn.nianbao.agency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NianbaoTest
class AgencyTreeTest {

    @Autowired
    AgencyRepository agencies;

    @Autowired
    AgencyDirectory directory;

    @Test
    void a_coordinator_agency_sees_every_agency_below_it_at_any_depth_and_nothing_beside_it() {
        Agency city = agencies.save(new Agency("tree-city", "焦作市人民政府", AgencyKind.GOVERNMENT, null));
        Agency county = agencies.save(new Agency("tree-county", "温县人民政府", AgencyKind.GOVERNMENT, city.getId()));
        Agency department = agencies.save(new Agency("tree-dept", "温县某局", AgencyKind.DEPARTMENT, county.getId()));
        Agency otherCounty = agencies.save(new Agency("tree-other", "武陟县人民政府", AgencyKind.GOVERNMENT, city.getId()));

        assertThat(directory.subtreeOf(city.getId()))
                .containsExactlyInAnyOrder(city.getId(), county.getId(), department.getId(), otherCounty.getId());
        assertThat(directory.subtreeOf(county.getId())).containsExactlyInAnyOrder(county.getId(), department.getId());
        assertThat(directory.isAtOrBelow(department.getId(), city.getId())).isTrue();
        assertThat(directory.isAtOrBelow(department.getId(), otherCounty.getId()))
                .isFalse();
        assertThat(directory.isAtOrBelow(county.getId(), department.getId())).isFalse();
    }

    @Test
    void a_department_publishes_by_31_january_and_a_government_by_31_march_of_the_next_year() {
        Agency county = agencies.save(new Agency("due-county", "某县人民政府", AgencyKind.GOVERNMENT, null));
        Agency department = agencies.save(new Agency("due-dept", "某县某局", AgencyKind.DEPARTMENT, county.getId()));

        assertThat(directory.dueDateOf(department.getId(), 2025)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(directory.dueDateOf(county.getId(), 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
