package cn.nianbao.admin;

import cn.nianbao.agency.AgencyKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template of the import: two sheets, 机关 and 人员, each with its header row (a note on every header cell
 * says what the column takes) and one example row, which the import skips while it is left as it is.
 */
public final class PeopleTemplate {

    public static final String AGENCIES = "机关";
    public static final String PEOPLE = "人员";
    public static final String FILE_NAME = "机关和人员导入模板.xlsx";

    static final List<String> AGENCY_HEADERS = List.of("机关代码", "机关名称", "机关类型", "上级机关代码", "首个报告年度");
    static final List<String> PEOPLE_HEADERS = List.of("用户名", "姓名", "所属机关代码", "手机或电话", "电子邮箱");

    static final List<String> AGENCY_EXAMPLE = List.of("example-tjj", "示例县统计局", "政府部门", "example-county", "");
    static final List<String> PEOPLE_EXAMPLE =
            List.of("example-zhangsan", "张三", "example-tjj", "13800138000", "zhangsan@example.gov.cn");

    private static final List<String> AGENCY_NOTES = List.of(
            "必填。2 到 64 位小写字母、数字或连字符（-），全系统唯一。",
            "必填，最多 " + AgencyAdministration.MAX_NAME_LENGTH + " 字；同一上级机关下不能重名。",
            "必填："
                    + String.join(
                            " 或 ",
                            Arrays.stream(AgencyKind.values())
                                    .map(AgencyKind::label)
                                    .toList()) + "。",
            "选填：已有机关或本表中机关的代码；留空为顶级机关。",
            "选填：自哪一年度起编报年度报告（如 2026）；留空表示各年度均须编报。");
    private static final List<String> PEOPLE_NOTES = List.of(
            "必填。2 到 64 位小写字母、数字或 . _ -，全系统唯一，登录时使用。",
            "必填，最多 " + UserAdministration.MAX_NAME_LENGTH + " 字。",
            "必填：已有机关或「机关」表中机关的代码。",
            "选填：11 位手机号，或带区号的固定电话（如 0571-87654321）。",
            "选填：如 zhangsan@example.gov.cn。角色不在此导入，导入后由安全管理员分配。");

    private PeopleTemplate() {}

    public static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle header = workbook.createCellStyle();
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet agencies = sheet(workbook, AGENCIES, AGENCY_HEADERS, AGENCY_NOTES, AGENCY_EXAMPLE, header);
            DataValidationHelper validation = agencies.getDataValidationHelper();
            String[] kinds =
                    Arrays.stream(AgencyKind.values()).map(AgencyKind::label).toArray(String[]::new);
            agencies.addValidationData(validation.createValidation(
                    validation.createExplicitListConstraint(kinds), new CellRangeAddressList(1, 10_000, 2, 2)));
            sheet(workbook, PEOPLE, PEOPLE_HEADERS, PEOPLE_NOTES, PEOPLE_EXAMPLE, header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(
            XSSFWorkbook workbook,
            String name,
            List<String> headers,
            List<String> notes,
            List<String> example,
            XSSFCellStyle style) {
        Sheet sheet = workbook.createSheet(name);
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row head = sheet.createRow(0);
        Row sample = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            var cell = head.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(notes.get(i)));
            cell.setCellComment(comment);
            sample.createCell(i).setCellValue(example.get(i));
            sheet.setColumnWidth(i, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
