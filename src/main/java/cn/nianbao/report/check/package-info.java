/**
 * The command {@code java -jar nianbao.jar check [--json] FILE...}: reads published reports (plain text or saved HTML),
 * runs every rule of the national format on each, across years for files of the same agency, and prints a report in
 * Chinese or one JSON line per file. Runs without starting Spring; the application's {@code main} hands it the
 * arguments after {@code check}.
 */
@org.springframework.modulith.NamedInterface("check")
package cn.nianbao.report.check;
