package cn.nianbao.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens as it is: UTF-8 with a byte order mark (else Chinese turns into mojibake), Excel's quoting, and
 * text that would start a formula (= + - @, but not a number such as -3) prefixed with an apostrophe so that a cell
 * never runs as one.
 */
public final class ExcelCsv {

    private ExcelCsv() {}

    public static byte[] of(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = CSVFormat.EXCEL
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(ExcelCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One value as it stands in the file, quoted where needed: what a test can compare with. */
    public static String field(String value) {
        return CSVFormat.EXCEL.format(safe(value));
    }

    private static Object safe(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || isNumber(text)) {
            return value;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** "-3" is a number Excel shows as one, not a formula to defuse. */
    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
