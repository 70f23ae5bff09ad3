/**
 * Screens' building blocks for a report: the editor and the read-only document, both drawing the three tables with
 * the official merged cells (Vaadin's NativeTable: Grid has no row spans), and the history list.
 */
@org.springframework.modulith.NamedInterface("ui")
package cn.nianbao.report.ui;
