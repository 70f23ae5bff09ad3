package cn.nianbao.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartEditRepository extends JpaRepository<PartEdit, PartEdit.Key> {

    List<PartEdit> findByKeyReportId(long reportId);
}
