package cn.nianbao.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx file's sheets, read as a stream (POI's XSSFReader with SAX, never the whole workbook as
 * objects): reading stops at the first formula (refused, naming the cell) and as soon as the data rows pass the limit,
 * so a file with 50,000 rows is refused without reading the rest of it.
 */
final class ExcelSheets {

    /** One row: its number as Excel shows it (1 = the header) and its non-empty values by column (0 = A). */
    record Row(int number, Map<Integer, String> cells) {

        String get(int column) {
            return cells.getOrDefault(column, "");
        }
    }

    private ExcelSheets() {}

    /** Every sheet's rows by sheet name, in the workbook's order; data rows (after row 1) at most {@code maxRows}. */
    static Map<String, List<Row>> read(byte[] xlsx, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Map<String, List<Row>> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int[] dataRows = {0};
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    SheetHandler handler = new SheetHandler(name, strings, dataRows, maxRows);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                    sheets.put(name, handler.rows);
                }
            }
            return sheets;
        } catch (Refused refused) {
            throw new AdministrationException(refused.getMessage());
        } catch (SAXException e) {
            if (e.getException() instanceof Refused refused) {
                throw new AdministrationException(refused.getMessage());
            }
            throw notXlsx();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            if (e instanceof AdministrationException administration) {
                throw administration;
            }
            throw notXlsx();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static AdministrationException notXlsx() {
        return new AdministrationException(
                "文件不是有效的 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为「Excel 工作簿 (*.xlsx)」后再上传，旧版 .xls 文件不能导入。");
    }

    /** Why reading stopped; thrown from inside the SAX handler. */
    private static final class Refused extends SAXException {
        Refused(String message) {
            super(message);
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final int[] dataRows;
        private final int maxRows;
        final List<Row> rows = new ArrayList<>();
        private Map<Integer, String> cells;
        private int rowNumber;
        private String cellRef;
        private int column;
        private String type;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;

        SheetHandler(String sheet, ReadOnlySharedStringsTable strings, int[] dataRows, int maxRows) {
            this.sheet = sheet;
            this.strings = strings;
            this.dataRows = dataRows;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws Refused {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    column = cellRef == null ? column + 1 : columnOf(cellRef);
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "f" ->
                    throw new Refused("工作表「" + sheet + "」的单元格 " + (cellRef == null ? "第 " + rowNumber + " 行" : cellRef)
                            + " 含有公式：导入只接受直接填写的值，请把公式所在列复制后「选择性粘贴 → 数值」再上传。");
                case "v", "t" -> inValue = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws Refused {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    String value = value().strip();
                    if (!value.isEmpty()) {
                        cells.put(column, value);
                    }
                }
                case "row" -> {
                    if (cells.isEmpty()) {
                        return;
                    }
                    if (rowNumber > 1 && ++dataRows[0] > maxRows) {
                        throw new Refused("文件的数据行超过 " + maxRows + " 行（读到工作表「" + sheet + "」第 " + rowNumber
                                + " 行时停止），请分成多个文件导入，每个文件最多 " + maxRows + " 行。");
                    }
                    rows.add(new Row(rowNumber, cells));
                }
                default -> {}
            }
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" ->
                    raw.isBlank()
                            ? ""
                            : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw; // inlineStr, str, e
            };
        }

        /** A number as typed: 13800138000, not 1.3800138E10; 2026, not 2026.0. */
        private static String number(String raw) {
            try {
                return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private static int columnOf(String ref) {
            int column = 0;
            for (char c : ref.toCharArray()) {
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
