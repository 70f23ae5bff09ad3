package cn.nianbao.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Entries as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF lines, China time. A value that
 * Excel would take for a formula (a typed user name such as {@code =HYPERLINK(...)}) gets a leading apostrophe.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("序号", "时间", "用户名", "姓名", "来源地址", "操作代码", "操作", "对象",
            "详情", "修改前", "修改后", "前一条哈希", "本条哈希");

    byte[] of(List<AuditEntry> entries) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(HEADER.toArray(String[]::new)).get()
                .print(out)) {
            for (AuditEntry e : entries) {
                printer.printRecord(e.seq(), e.chinaTime(), safe(e.actorUsername()),
                        safe(e.actorName()), safe(e.clientIp()), e.actionCode(), safe(e.actionLabel()),
                        safe(e.target()), safe(e.detail()), safe(e.before()), safe(e.after()), e.previousHash(),
                        e.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
