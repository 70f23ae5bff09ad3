package cn.nianbao.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens as it is: UTF-8 with a byte order mark (else Chinese turns into mojibake), Excel's quoting, and
 * text that would start a formula (= + - @) prefixed with an apostrophe so that a cell never runs as one.
 */
public final class ExcelCsv {

    private ExcelCsv() {
    }

    public static byte[] of(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get()
                .print(out)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(ExcelCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object safe(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
