/**
 * The coordinator's (主管部门协调员) view of the agencies below theirs: where each one's report stands against its
 * due date, which are late, exported and drawn. Read-only: coordinators read reports, they do not act on them.
 */
package cn.nianbao.coordination;
