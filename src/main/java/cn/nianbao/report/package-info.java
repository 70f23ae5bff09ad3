/**
 * The annual report: its drafts, stages and history. The national format itself (sections, tables, rules) is the
 * plain-Java named interface {@code report.format}; the editor component is {@code report.ui}.
 */
package cn.nianbao.report;
