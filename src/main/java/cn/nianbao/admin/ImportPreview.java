package cn.nianbao.admin;

import cn.nianbao.agency.AgencyKind;
import java.util.List;

/**
 * What an Excel file would import, and every problem of its rows; nothing is saved until 确认导入, and not at all
 * while a problem remains. {@code skippedExamples}: the template's example rows left as they were.
 */
public record ImportPreview(
        List<Problem> problems, List<NewAgency> agencies, List<NewPerson> people, int skippedExamples) {

    /** A problem of one cell (or of a whole row when {@code column} is empty), as the administrator finds it. */
    public record Problem(String sheet, int row, String column, String message) {

        public String text() {
            return "工作表「" + sheet + "」第 " + row + " 行" + (column.isEmpty() ? "" : "「" + column + "」") + "：" + message;
        }
    }

    public record NewAgency(
            int row, String code, String name, AgencyKind kind, String parentCode, Integer firstReportYear) {}

    public record NewPerson(
            int row, String username, String displayName, String agencyCode, String phone, String email) {}

    public boolean importable() {
        return problems.isEmpty() && !(agencies.isEmpty() && people.isEmpty());
    }
}
