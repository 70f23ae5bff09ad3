package cn.nianbao.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    boolean existsByReportId(long reportId);

    Optional<Publication> findByReportId(long reportId);

    List<Publication> findAllByOrderByReportYearDescPublishedAtDescIdDesc();

    List<Publication> findAllByOrderByPublishedAtDescIdDesc(Limit limit);

    /** Every publication of these agencies in these years (the caller keeps the pairs it wants). */
    List<Publication> findByAgencyIdInAndReportYearIn(Collection<Long> agencyIds, Collection<Integer> years);

    /** Every published edition of one agency's report on one year, the first publication first. */
    List<Publication> findByAgencyIdAndReportYearOrderByPublishedAtAscIdAsc(long agencyId, int reportYear);
}
