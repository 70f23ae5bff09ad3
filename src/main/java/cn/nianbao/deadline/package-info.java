/**
 * Deadlines of the annual report: the legal due date by agency kind or an earlier internal date set per agency, and
 * the working-day calendar (public holidays and 调休 working weekends) that counts the working days left, and the
 * daily scan that reminds the holders of an open step and escalates a late report (published as
 * {@link cn.nianbao.deadline.DeadlineApproaching} and {@link cn.nianbao.deadline.DeadlineMissed}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agency",
            "audit",
            "base",
            "base :: ui",
            "report",
            "report :: trusted",
            "security",
            "workflow"
        })
package cn.nianbao.deadline;
