package cn.nianbao.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByCodeIn(Collection<String> codes);

    List<Agency> findByParentIdIn(Collection<Long> parentIds);

    List<Agency> findByParentIdIsNull();
}
