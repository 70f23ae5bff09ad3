package cn.nianbao.audit;

/**
 * A refused login that can say why in the trail's words, so the trail records the reason without knowing the
 * module that refused it (the audit module depends on no other module of Nianbao).
 */
public interface AuditedLoginRefusal {

    String auditReason();
}
