/**
 * Screens' building blocks for a report: the editor and the read-only document, both drawing the three tables with
 * the official merged cells (HTML written once per table: Grid has no row spans, and a component per table cell cost
 * every session too much memory), and the history list.
 */
@org.springframework.modulith.NamedInterface("ui")
package cn.nianbao.report.ui;
