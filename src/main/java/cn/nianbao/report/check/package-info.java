/**
 * The command {@code java -jar nianbao.jar check [--json] FILE...}: reads published reports (plain text or saved HTML),
 * runs every rule of the national format on each, across years for files of the same agency, and prints a report in
 * Chinese or one JSON line per file. Runs without starting Spring; the application's {@code main} hands it the
 * arguments after {@code check}. In the application, {@link cn.nianbao.report.check.ReportChecks} runs every check
 * on the server (POST /api/check, 格式校验) within bounds, so that checks never starve the rest of it.
 */
@org.springframework.modulith.NamedInterface("check")
package cn.nianbao.report.check;
