/**
 * Every PDF Nianbao makes goes through {@link cn.nianbao.pdf.HtmlPdf}: XHTML from a template to PDF with the fonts
 * embedded. What each document holds is its own module's (publication: the published report; desk: the 审批表 and
 * 签发单).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package cn.nianbao.pdf;
