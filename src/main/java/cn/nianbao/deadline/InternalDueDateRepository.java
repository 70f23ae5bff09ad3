package cn.nianbao.deadline;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InternalDueDateRepository extends JpaRepository<InternalDueDate, InternalDueDate.Key> {

    List<InternalDueDate> findByKeyAgencyIdInAndKeyReportYearIn(Collection<Long> agencyIds, Collection<Integer> years);

    List<InternalDueDate> findByKeyAgencyIdInAndKeyReportYear(Collection<Long> agencyIds, int year);
}
