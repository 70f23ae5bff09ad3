/**
 * The coordinator's (主管部门协调员) view of the agencies below theirs: where each one's report stands against its
 * due date, which are late, exported and drawn, and whose carry-in disagrees with last year's report. Coordinators
 * read reports and do not edit them; they start the year ({@link cn.nianbao.coordination.YearStart}) and, where they
 * require it, file signed-off reports before publication ({@link cn.nianbao.coordination.FilingRules}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agency",
            "audit",
            "base",
            "base :: ui",
            "deadline",
            "report",
            "report :: format",
            "report :: trusted",
            "security",
            "workflow"
        })
package cn.nianbao.coordination;
