package cn.nianbao.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface AreaSumsRepository extends JpaRepository<AreaSums, Long> {}
