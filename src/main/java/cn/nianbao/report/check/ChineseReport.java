package cn.nianbao.report.check;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.Severity;
import cn.nianbao.report.format.reading.ReadReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The readable form: per file, agency, year and format, the findings grouped by severity, and a one-line summary. */
final class ChineseReport {

    private final PrintStream out;

    ChineseReport(PrintStream out) {
        this.out = out;
    }

    void print(String file, ReadReport report, Optional<String> lastYearFile, List<Finding> findings) {
        out.println("文件：" + file);
        out.println("机关：" + report.agency().orElse("（标题中未找到）") + "　年度："
                + (report.year().isPresent() ? report.year().getAsInt() + "年" : "（未找到）") + "　格式："
                + formatName(report));
        lastYearFile.ifPresent(last -> out.println("对照上年报告：" + last));
        // a cell such as 「30（含自然失效8件）」 was read as 30: the note is shown with the figure
        report.notes()
                .forEach((cellId, note) -> out.println("单元格附注：" + ReportChecker.cellName(cellId) + "按 "
                        + report.content().tables().printed(cellId) + " 读取，附注“" + note + "”"));
        for (Severity severity : Severity.values()) {
            List<Finding> group =
                    findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println(severity.label() + "（" + group.size() + "）：");
            for (int i = 0; i < group.size(); i++) {
                out.println("  " + (i + 1) + ". [" + group.get(i).rule() + "] "
                        + group.get(i).message());
            }
        }
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        out.println(
                errors == 0 && warnings == 0
                        ? "结论：没有发现问题。"
                        : "结论：" + errors + " 个错误，" + warnings + " 个警告" + (errors > 0 ? "；有错误，不符合规定格式。" : "。"));
        out.println();
    }

    void summary(int files, int read, int withErrors) {
        out.println("共 " + files + " 个文件：" + (files - read > 0 ? (files - read) + " 个无法读取，" : "") + withErrors
                + " 个有错误，" + (read - withErrors) + " 个没有错误。");
    }

    private static String formatName(ReadReport report) {
        return switch (report.format()) {
            case F2021 -> "2021年格式（国办公开办函〔2021〕30号）";
            case F2019 -> "2019年试行格式（国办公开办函〔2019〕60号）";
            case UNKNOWN -> "无法识别";
        };
    }
}
