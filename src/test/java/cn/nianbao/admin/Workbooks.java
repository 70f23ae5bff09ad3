package cn.nianbao.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files as an administrator fills them in, written with POI for the import's tests. */
public final class Workbooks {

    public static final List<String> AGENCY_HEADERS = PeopleTemplate.AGENCY_HEADERS;
    public static final List<String> PEOPLE_HEADERS = PeopleTemplate.PEOPLE_HEADERS;

    private Workbooks() {}

    /** The two sheets of the template with these data rows under their headers (a cell "=..." is a formula). */
    public static byte[] of(List<List<String>> agencies, List<List<String>> people) {
        return write(new XSSFWorkbook(), agencies, people);
    }

    /** The same, written as a stream (SXSSF) for files of many rows. */
    public static byte[] streamed(List<List<String>> agencies, List<List<String>> people) {
        return write(new SXSSFWorkbook(100), agencies, people);
    }

    /** Sheets by name, each with its rows, the first being its header row. */
    public static byte[] sheets(
            String firstName, List<List<String>> first, String secondName, List<List<String>> second) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(firstName), first);
            if (secondName != null) {
                fill(workbook.createSheet(secondName), second);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Workbook workbook, List<List<String>> agencies, List<List<String>> people) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(PeopleTemplate.AGENCIES), withHeader(AGENCY_HEADERS, agencies));
            fill(workbook.createSheet(PeopleTemplate.PEOPLE), withHeader(PEOPLE_HEADERS, people));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> withHeader(List<String> header, List<List<String>> rows) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream())
                .toList();
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value.startsWith("=")) {
                    row.createCell(c).setCellFormula(value.substring(1));
                } else if (!value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
    }
}
