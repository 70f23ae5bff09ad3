package cn.nianbao.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Whether mail can go out at all: Spring Boot makes a sender only when {@code spring.mail.host} is set. */
@Component
public class MailServer {

    private final ObjectProvider<JavaMailSender> sender;

    MailServer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }
}
