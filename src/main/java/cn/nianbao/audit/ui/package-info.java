/** The 审计日志 screen of the 审计管理员. */
package cn.nianbao.audit.ui;
