package cn.nianbao.report.format;

/** A header or row-label cell of an official table, with the merge it has in the official layout. */
public record LabelCell(String text, int rowspan, int colspan) {}
