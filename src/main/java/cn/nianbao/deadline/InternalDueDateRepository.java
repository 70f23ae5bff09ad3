package cn.nianbao.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

interface InternalDueDateRepository extends JpaRepository<InternalDueDate, Long> {}
