/**
 * Deadlines of the annual report: the legal due date by agency kind or an earlier internal date set per agency, and
 * the working-day calendar (public holidays and 调休 working weekends) that counts the working days left.
 */
package cn.nianbao.deadline;
