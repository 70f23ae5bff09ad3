package cn.nianbao.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByCodeIn(Collection<String> codes);

    List<Agency> findByParentIdIn(Collection<Long> parentIds);

    List<Agency> findByParentIdIsNull();

    String MATCHING = " where :pattern = '' or lower(a.name) like :pattern escape '!' "
            + "or lower(a.code) like :pattern escape '!'";

    /**
     * One page of the agencies whose name or code contains the pattern ({@code %text%}, already escaped with
     * {@code !}; empty: every agency), by name.
     */
    @Query("select a from Agency a" + MATCHING + " order by a.name, a.id")
    List<Agency> findPage(String pattern, Pageable page);

    @Query("select count(a) from Agency a" + MATCHING)
    long countMatching(String pattern);
}
