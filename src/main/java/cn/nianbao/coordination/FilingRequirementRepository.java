package cn.nianbao.coordination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FilingRequirementRepository extends JpaRepository<FilingRequirement, Long> {

    Optional<FilingRequirement> findByAreaAgencyIdAndReportYear(long areaAgencyId, int reportYear);

    List<FilingRequirement> findByAreaAgencyIdInAndReportYear(Collection<Long> areaAgencyIds, int reportYear);
}
