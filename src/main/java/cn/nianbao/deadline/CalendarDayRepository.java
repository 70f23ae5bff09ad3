package cn.nianbao.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByCalendarDateBetween(LocalDate from, LocalDate to);

    List<CalendarDay> findByCalendarDateBetweenOrderByCalendarDate(LocalDate from, LocalDate to);

    boolean existsByCalendarDateBetween(LocalDate from, LocalDate to);
}
