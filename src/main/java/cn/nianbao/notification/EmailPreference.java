package cn.nianbao.notification;

/** What a person chose: their address (empty when none yet) and whether notifications also come by email. */
public record EmailPreference(String email, boolean enabled) {

    static final EmailPreference NONE = new EmailPreference("", false);
}
