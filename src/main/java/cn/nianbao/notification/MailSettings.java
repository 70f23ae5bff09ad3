package cn.nianbao.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code nianbao.mail.from}: the sender of every mail; the mail server's user name ({@code spring.mail.username}) unless set. */
@ConfigurationProperties("nianbao.mail")
public record MailSettings(String from) {}
