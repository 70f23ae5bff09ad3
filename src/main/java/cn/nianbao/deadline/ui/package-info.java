/** The deadline screens: the 系统管理员's working-day calendar and the deadline settings. */
package cn.nianbao.deadline.ui;
