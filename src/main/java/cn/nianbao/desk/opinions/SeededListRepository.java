package cn.nianbao.desk.opinions;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeededListRepository extends JpaRepository<SeededList, Long> {}
