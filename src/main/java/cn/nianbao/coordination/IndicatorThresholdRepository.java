package cn.nianbao.coordination;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorThresholdRepository extends JpaRepository<IndicatorThreshold, Long> {}
