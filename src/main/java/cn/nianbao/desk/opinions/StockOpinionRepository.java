package cn.nianbao.desk.opinions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockOpinionRepository extends JpaRepository<StockOpinionEntry, Long> {

    List<StockOpinionEntry> findByUserIdOrderBySortOrderAscIdAsc(long userId);
}
