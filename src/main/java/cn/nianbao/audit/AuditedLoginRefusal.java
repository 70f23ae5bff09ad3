package cn.nianbao.audit;

/**
 * A refused login that can say why in the trail's words, so the trail records the reason without knowing the
 * module that refused it (the audit module depends on no other module of Nianbao).
 */
public interface AuditedLoginRefusal {

    String auditReason();

    /**
     * The name the refusal was for when the attempt itself carries none (a single sign-on names the person only
     * in the provider's answer); null for the name as typed.
     */
    default String refusedName() {
        return null;
    }
}
