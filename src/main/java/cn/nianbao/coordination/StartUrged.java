package cn.nianbao.coordination;

import java.time.LocalDate;
import java.util.List;

/** 催办 of an agency that has not started its report on {@code year}: its {@code handlers} are reminded. */
public record StartUrged(long agencyId, int year, LocalDate dueDate, List<String> handlers) {}
