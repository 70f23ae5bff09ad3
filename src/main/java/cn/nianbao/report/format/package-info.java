/**
 * The national format of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) as plain Java: sections, the three tables
 * keyed by the cell ids of FORMAT.md, and the cross-check rules. No Spring, Flowable or Vaadin in here.
 */
@org.springframework.modulith.NamedInterface("format")
package cn.nianbao.report.format;
