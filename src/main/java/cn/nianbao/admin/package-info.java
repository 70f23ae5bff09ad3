/**
 * Running the system (三员分立): the system administrator (系统管理员) keeps agencies and user accounts, the security
 * administrator (安全管理员) gives roles and sets the password policy. Each service checks the role itself; neither
 * may read a report. The audit administrator's screen lives in the audit module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"agency", "audit", "base", "base :: ui", "security"})
package cn.nianbao.admin;
