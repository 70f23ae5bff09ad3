/**
 * The report as a Word file (.docx) in the official layout, written with Apache POI (XWPF): the six headings, the
 * text as paragraphs and tables 二, 三, 四 as Word tables with the merges of the template. Plain Java, no Vaadin; the
 * report page and the public portal offer it for download.
 */
@org.springframework.modulith.NamedInterface("word")
package cn.nianbao.report.word;
