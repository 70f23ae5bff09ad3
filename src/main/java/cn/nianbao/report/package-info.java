/**
 * The annual report: its drafts, stages and history. People read and save through
 * {@link cn.nianbao.report.ReportService}, which checks who they are. The modules that drive or watch reports on the
 * person's behalf, having checked already (workflow, publication, deadline, notification, coordination), use the
 * trusted named interface {@code report :: trusted} ({@link cn.nianbao.report.ReportEditions},
 * {@link cn.nianbao.report.ReportHistory}, {@link cn.nianbao.report.ReportReads},
 * {@link cn.nianbao.report.ReportCopies}), which reads and writes without a check; each module's
 * {@code allowedDependencies} says who may. The national format itself (sections, tables, rules) is the plain-Java
 * named interface {@code report.format}; the editor component is {@code report.ui}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"agency", "audit", "base", "base :: ui", "security"})
package cn.nianbao.report;
