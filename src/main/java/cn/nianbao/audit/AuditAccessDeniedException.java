package cn.nianbao.audit;

import org.springframework.security.access.AccessDeniedException;

/** Only the 审计管理员 reads the trail. */
public class AuditAccessDeniedException extends AccessDeniedException {

    AuditAccessDeniedException() {
        super("只有审计管理员可以查看审计日志。");
    }
}
