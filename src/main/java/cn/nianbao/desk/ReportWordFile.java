package cn.nianbao.desk;

import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.word.ReportDocx;
import org.springframework.stereotype.Service;

/**
 * The report as a Word file (.docx) at any stage, for whoever may read it: ReportService checks, and records the
 * download in the audit trail as a view of the report, as the report page does.
 */
@Service
public class ReportWordFile {

    private final ReportService reports;

    ReportWordFile(ReportService reports) {
        this.reports = reports;
    }

    /** The file's name and content. */
    public record WordFile(String name, byte[] content) {}

    public WordFile of(long reportId) {
        ReportView report = reports.open(reportId, "下载 Word 文件");
        return new WordFile(ReportDocx.fileName(report), ReportDocx.of(report));
    }
}
