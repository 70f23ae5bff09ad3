package cn.nianbao.report.check;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.Labels;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code check [--json] [--vague] FILE...}: each file is read and checked against the national format; files of the
 * same agency for consecutive years are also checked across years (the XY rules and REPEAT on the later one); VAGUE
 * only with {@code --vague}. Exit code 0: no errors; 1: errors found; 2: a file could not be read (the others are still
 * checked).
 */
public final class CheckCommand {

    public static final String NAME = "check";
    public static final int NO_ERRORS = 0;
    public static final int ERRORS_FOUND = 1;
    public static final int UNREADABLE = 2;

    static final String USAGE = """
            用法：java -jar nianbao.jar check [--json] [--vague] 文件...
              检查已发布的政府信息公开工作年度报告（纯文本，表格以制表符分隔；或保存的网页 HTML）
              是否符合《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）。
              同一机关相邻年度的报告一起检查时，还核对跨年度规则（上年结转、现行有效件数、与上年文字雷同）。
              --json   每个文件输出一行 JSON：file、agency、year、format、tables、findings
              --vague  也检查第五部分是否泛泛而谈（VAGUE，默认不查）
            退出码：0 没有错误；1 发现错误；2 有文件无法读取。""";

    private final ReportReader reader = new ReportReader();

    /** What {@code java -jar nianbao.jar check …} runs: standard output and error, exit code returned. */
    public static int main(List<String> args) {
        boolean json = args.contains("--json");
        PrintStream out = new PrintStream(
                new FileOutputStream(FileDescriptor.out), true, json ? StandardCharsets.UTF_8 : consoleCharset());
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, consoleCharset());
        return new CheckCommand().run(args, out, err);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean vague = false;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--vague")) {
                vague = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return NO_ERRORS;
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                err.println("未知选项：" + arg);
                err.println(USAGE);
                return UNREADABLE;
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return UNREADABLE;
        }
        Map<String, ReadReport> read = new LinkedHashMap<>();
        int exit = NO_ERRORS;
        for (String file : files) {
            try {
                read.put(file, reader.read(Path.of(file)));
            } catch (NoSuchFileException e) {
                err.println(file + "：找不到这个文件。");
                exit = UNREADABLE;
            } catch (IOException e) {
                err.println(file + "：无法读取（" + e.getMessage() + "）。");
                exit = UNREADABLE;
            } catch (RuntimeException e) {
                err.println(file + "：读取时出错（" + e + "）。");
                exit = UNREADABLE;
            }
        }
        ChineseReport text = new ChineseReport(out);
        FullCheck fullCheck = new FullCheck(vague);
        int errorFiles = 0;
        for (Map.Entry<String, ReadReport> entry : read.entrySet()) {
            ReadReport report = entry.getValue();
            Optional<Map.Entry<String, ReadReport>> lastYear = lastYear(report, read);
            List<Finding> findings = fullCheck.check(
                    report.subject(), lastYear.map(e -> e.getValue().subject()));
            if (json) {
                out.println(JsonLine.of(entry.getKey(), report, findings));
            } else {
                text.print(entry.getKey(), report, lastYear.map(Map.Entry::getKey), findings);
            }
            if (findings.stream().anyMatch(Finding::isError)) {
                errorFiles++;
            }
        }
        if (!json && files.size() > 1) {
            text.summary(files.size(), read.size(), errorFiles);
        }
        return exit == UNREADABLE ? UNREADABLE : errorFiles > 0 ? ERRORS_FOUND : NO_ERRORS;
    }

    /** The same agency's report for the year before, among the files checked together. */
    private static Optional<Map.Entry<String, ReadReport>> lastYear(ReadReport report, Map<String, ReadReport> all) {
        if (report.agency().isEmpty() || report.year().isEmpty()) {
            return Optional.empty();
        }
        String agency = Labels.normalize(report.agency().get());
        int year = report.year().getAsInt();
        return all.entrySet().stream()
                .filter(e -> e.getValue()
                        .agency()
                        .map(Labels::normalize)
                        .filter(agency::equals)
                        .isPresent())
                .filter(e ->
                        e.getValue().year().isPresent() && e.getValue().year().getAsInt() == year - 1)
                .findFirst();
    }

    private static Charset consoleCharset() {
        try {
            Charset charset = Charset.forName(System.getProperty("stdout.encoding", "UTF-8"));
            return charset.newEncoder().canEncode("年报") ? charset : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
