package cn.nianbao.notification;

/** A notification that should also go out by email, once the action that sent it has committed. */
record NotificationEmail(String address, NotificationKind kind, String text, String link) {}
