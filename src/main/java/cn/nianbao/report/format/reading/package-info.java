/**
 * Reading published reports from anywhere: the plain-text form (tables tab-separated, as copied from a web page or a
 * PDF), saved HTML pages, Word files (Apache POI) and PDFs (PDFBox, from the text layer). The reader recognises the format (2021, the 2019 trial format, or unknown), the agency and
 * year from the title line, the six section texts and the three tables keyed by the cell ids of FORMAT.md, and records
 * what it found ({@link cn.nianbao.report.format.ReportStructure}) so that SHAPE and LABEL can say what is missing or
 * written differently. Plain Java, jsoup, POI and PDFBox; no Spring, Flowable or Vaadin in here.
 */
@org.springframework.modulith.NamedInterface("format-reading")
package cn.nianbao.report.format.reading;
